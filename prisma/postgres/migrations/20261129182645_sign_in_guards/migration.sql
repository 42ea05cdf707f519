-- CreateTable
CREATE TABLE "SignInGuard" (
    "key" TEXT NOT NULL,
    "accountKey" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lastFailureAt" TIMESTAMP(3),
    "nextAttemptAt" TIMESTAMP(3),
    "lastSuccessAt" TIMESTAMP(3),

    CONSTRAINT "SignInGuard_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "SignInGuard_accountKey_idx" ON "SignInGuard"("accountKey");
