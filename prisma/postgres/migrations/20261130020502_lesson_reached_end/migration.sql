-- AlterTable
ALTER TABLE "LessonProgress" ADD COLUMN     "reachedEndAt" TIMESTAMP(3);
