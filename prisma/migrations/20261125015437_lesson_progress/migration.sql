-- CreateTable
CREATE TABLE "LessonProgress" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "lessonKey" TEXT NOT NULL,
    "firstVisitedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastVisitedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" DATETIME,
    CONSTRAINT "LessonProgress_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "LessonProgress_userId_lastVisitedAt_idx" ON "LessonProgress"("userId", "lastVisitedAt");

-- CreateIndex
CREATE UNIQUE INDEX "LessonProgress_userId_lessonKey_key" ON "LessonProgress"("userId", "lessonKey");
