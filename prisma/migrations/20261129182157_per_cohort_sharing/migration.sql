-- CreateTable
CREATE TABLE "ReflectionShare" (
    "reflectionId" TEXT NOT NULL,
    "cohortId" TEXT NOT NULL,
    "sharedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("reflectionId", "cohortId"),
    CONSTRAINT "ReflectionShare_reflectionId_fkey" FOREIGN KEY ("reflectionId") REFERENCES "Reflection" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReflectionShare_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Reflection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "promptId" TEXT NOT NULL,
    "lessonKey" TEXT NOT NULL,
    "promptText" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Reflection_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Reflection" ("body", "createdAt", "id", "lessonKey", "promptId", "promptText", "updatedAt", "userId", "version") SELECT "body", "createdAt", "id", "lessonKey", "promptId", "promptText", "updatedAt", "userId", "version" FROM "Reflection";
-- Edited by hand, before the column goes: the migration keeps today's shares
-- visible to the cohorts the learner is in now. An entry shared until now
-- was readable by the facilitators of every cohort its author was in, so it
-- becomes one share per cohort its author is a member of today (archived
-- ones included, so that bringing a cohort back shows what it showed
-- before), with the moment it was shared kept. Entries of learners in no
-- cohort were readable by no one and become private.
INSERT INTO "ReflectionShare" ("reflectionId", "cohortId", "sharedAt") SELECT r."id", m."cohortId", r."sharedAt" FROM "Reflection" r JOIN "CohortMember" m ON m."userId" = r."userId" WHERE r."sharedAt" IS NOT NULL;
DROP TABLE "Reflection";
ALTER TABLE "new_Reflection" RENAME TO "Reflection";
CREATE INDEX "Reflection_userId_promptId_createdAt_idx" ON "Reflection"("userId", "promptId", "createdAt");
CREATE INDEX "Reflection_userId_createdAt_idx" ON "Reflection"("userId", "createdAt");
CREATE TABLE "new_ReflectionReply" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reflectionId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "cohortId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" DATETIME,
    CONSTRAINT "ReflectionReply_reflectionId_fkey" FOREIGN KEY ("reflectionId") REFERENCES "Reflection" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReflectionReply_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReflectionReply_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- Edited by hand: a reply belongs to the cohort it was written in. For the
-- replies written before, that is the cohort its author facilitates and the
-- entry's author is a member of (the earliest the replier began facilitating,
-- if several). None found (one of them left): null, and only the learner
-- sees the reply.
INSERT INTO "new_ReflectionReply" ("authorId", "body", "cohortId", "createdAt", "id", "readAt", "reflectionId") SELECT rr."authorId", rr."body", (SELECT f."cohortId" FROM "CohortFacilitator" f JOIN "CohortMember" m ON m."cohortId" = f."cohortId" JOIN "Reflection" r ON r."userId" = m."userId" WHERE f."userId" = rr."authorId" AND r."id" = rr."reflectionId" ORDER BY f."addedAt" ASC, f."cohortId" ASC LIMIT 1), rr."createdAt", rr."id", rr."readAt", rr."reflectionId" FROM "ReflectionReply" rr;
DROP TABLE "ReflectionReply";
ALTER TABLE "new_ReflectionReply" RENAME TO "ReflectionReply";
CREATE INDEX "ReflectionReply_reflectionId_createdAt_idx" ON "ReflectionReply"("reflectionId", "createdAt");
CREATE INDEX "ReflectionReply_cohortId_idx" ON "ReflectionReply"("cohortId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ReflectionShare_cohortId_sharedAt_idx" ON "ReflectionShare"("cohortId", "sharedAt");
