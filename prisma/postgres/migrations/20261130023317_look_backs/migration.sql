-- CreateTable
CREATE TABLE "LookBack" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "reflectionId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "emailedAt" TIMESTAMP(3),
    "answerId" TEXT,
    "changeNote" TEXT,
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "LookBack_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LookBack_reflectionId_key" ON "LookBack"("reflectionId");

-- CreateIndex
CREATE INDEX "LookBack_userId_dueAt_idx" ON "LookBack"("userId", "dueAt");

-- CreateIndex
CREATE INDEX "LookBack_dueAt_emailedAt_idx" ON "LookBack"("dueAt", "emailedAt");

-- AddForeignKey
ALTER TABLE "LookBack" ADD CONSTRAINT "LookBack_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LookBack" ADD CONSTRAINT "LookBack_reflectionId_fkey" FOREIGN KEY ("reflectionId") REFERENCES "Reflection"("id") ON DELETE CASCADE ON UPDATE CASCADE;
