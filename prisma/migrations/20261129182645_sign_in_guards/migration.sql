-- CreateTable
CREATE TABLE "SignInGuard" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "accountKey" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lastFailureAt" DATETIME,
    "nextAttemptAt" DATETIME,
    "lastSuccessAt" DATETIME
);

-- CreateIndex
CREATE INDEX "SignInGuard_accountKey_idx" ON "SignInGuard"("accountKey");
