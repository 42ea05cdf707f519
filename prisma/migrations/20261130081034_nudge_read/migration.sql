-- AlterTable
ALTER TABLE "Nudge" ADD COLUMN "readAt" DATETIME;

-- CreateIndex
CREATE INDEX "Nudge_cohortId_createdAt_idx" ON "Nudge"("cohortId", "createdAt");
