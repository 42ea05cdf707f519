-- AlterTable
ALTER TABLE "User" ADD COLUMN "timeZone" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Cohort" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "inviteCode" TEXT,
    "archivedAt" DATETIME,
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Cohort_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Cohort" ("archivedAt", "createdAt", "createdById", "description", "id", "inviteCode", "name", "updatedAt") SELECT "archivedAt", "createdAt", "createdById", "description", "id", "inviteCode", "name", "updatedAt" FROM "Cohort";
DROP TABLE "Cohort";
ALTER TABLE "new_Cohort" RENAME TO "Cohort";
CREATE UNIQUE INDEX "Cohort_inviteCode_key" ON "Cohort"("inviteCode");
CREATE TABLE "new_Assignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "cohortId" TEXT NOT NULL,
    "moduleSlug" TEXT NOT NULL,
    "dueDate" TEXT,
    "dueDaysAfterJoin" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Assignment_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- Edited by hand: a fixed due date was stored as 23:59:59.999 UTC of the day
-- chosen, keep that calendar day. DateTime is ISO text through the driver
-- adapter, integer milliseconds are handled too in case a row was written so.
INSERT INTO "new_Assignment" ("cohortId", "createdAt", "dueDate", "dueDaysAfterJoin", "id", "moduleSlug") SELECT "cohortId", "createdAt", CASE WHEN "dueAt" IS NULL THEN NULL WHEN typeof("dueAt") = 'integer' THEN strftime('%Y-%m-%d', "dueAt" / 1000, 'unixepoch') ELSE substr("dueAt", 1, 10) END, "dueDaysAfterJoin", "id", "moduleSlug" FROM "Assignment";
DROP TABLE "Assignment";
ALTER TABLE "new_Assignment" RENAME TO "Assignment";
CREATE UNIQUE INDEX "Assignment_cohortId_moduleSlug_key" ON "Assignment"("cohortId", "moduleSlug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
