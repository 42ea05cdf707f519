-- AlterTable
ALTER TABLE "User" ADD COLUMN     "timeZone" TEXT;

-- AlterTable
ALTER TABLE "Cohort" ADD COLUMN     "timeZone" TEXT NOT NULL DEFAULT 'UTC';

-- AlterTable (edited by hand: a fixed due date was stored as 23:59:59.999 UTC
-- of the day chosen, keep that calendar day before dropping the moment)
ALTER TABLE "Assignment" ADD COLUMN     "dueDate" TEXT;
UPDATE "Assignment" SET "dueDate" = to_char("dueAt", 'YYYY-MM-DD') WHERE "dueAt" IS NOT NULL;
ALTER TABLE "Assignment" DROP COLUMN "dueAt";
