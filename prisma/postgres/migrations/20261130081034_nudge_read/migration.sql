-- AlterTable
ALTER TABLE "Nudge" ADD COLUMN     "readAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Nudge_cohortId_createdAt_idx" ON "Nudge"("cohortId", "createdAt");
