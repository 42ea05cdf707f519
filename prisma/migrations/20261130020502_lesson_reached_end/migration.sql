-- AlterTable
ALTER TABLE "LessonProgress" ADD COLUMN "reachedEndAt" DATETIME;
