-- CreateTable
CREATE TABLE "LookBack" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "reflectionId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "emailedAt" DATETIME,
    "answerId" TEXT,
    "changeNote" TEXT,
    "doneAt" DATETIME,
    CONSTRAINT "LookBack_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LookBack_reflectionId_fkey" FOREIGN KEY ("reflectionId") REFERENCES "Reflection" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "LookBack_reflectionId_key" ON "LookBack"("reflectionId");

-- CreateIndex
CREATE INDEX "LookBack_userId_dueAt_idx" ON "LookBack"("userId", "dueAt");

-- CreateIndex
CREATE INDEX "LookBack_dueAt_emailedAt_idx" ON "LookBack"("dueAt", "emailedAt");
