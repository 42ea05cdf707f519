-- AlterTable
ALTER TABLE "ReflectionReply" ADD COLUMN     "cohortId" TEXT;

-- CreateTable
CREATE TABLE "ReflectionShare" (
    "reflectionId" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "sharedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReflectionShare_pkey" PRIMARY KEY ("reflectionId","cohortId")
);

-- CreateIndex
CREATE INDEX "ReflectionShare_cohortId_sharedAt_idx" ON "ReflectionShare"("cohortId", "sharedAt");

-- CreateIndex
CREATE INDEX "ReflectionReply_cohortId_idx" ON "ReflectionReply"("cohortId");

-- AddForeignKey
ALTER TABLE "ReflectionShare" ADD CONSTRAINT "ReflectionShare_reflectionId_fkey" FOREIGN KEY ("reflectionId") REFERENCES "Reflection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReflectionShare" ADD CONSTRAINT "ReflectionShare_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReflectionReply" ADD CONSTRAINT "ReflectionReply_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Edited by hand, before the column goes: the migration keeps today's shares
-- visible to the cohorts the learner is in now. An entry shared until now
-- was readable by the facilitators of every cohort its author was in, so it
-- becomes one share per cohort its author is a member of today (archived
-- ones included, so that bringing a cohort back shows what it showed
-- before), with the moment it was shared kept. Entries of learners in no
-- cohort were readable by no one and become private.
INSERT INTO "ReflectionShare" ("reflectionId", "cohortId", "sharedAt") SELECT r."id", m."cohortId", r."sharedAt" FROM "Reflection" r JOIN "CohortMember" m ON m."userId" = r."userId" WHERE r."sharedAt" IS NOT NULL;

-- Edited by hand: a reply belongs to the cohort it was written in. For the
-- replies written before, that is the cohort its author facilitates and the
-- entry's author is a member of (the earliest the replier began facilitating,
-- if several). None found (one of them left): null, and only the learner
-- sees the reply.
UPDATE "ReflectionReply" rr SET "cohortId" = (SELECT f."cohortId" FROM "CohortFacilitator" f JOIN "CohortMember" m ON m."cohortId" = f."cohortId" JOIN "Reflection" r ON r."userId" = m."userId" WHERE f."userId" = rr."authorId" AND r."id" = rr."reflectionId" ORDER BY f."addedAt" ASC, f."cohortId" ASC LIMIT 1);

-- AlterTable
ALTER TABLE "Reflection" DROP COLUMN "sharedAt";
