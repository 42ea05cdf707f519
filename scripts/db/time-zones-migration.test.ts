// The time_zones migration keeps existing data: a fixed due date stored as a
// moment (23:59:59.999 UTC of the chosen day) becomes that calendar day, and
// existing cohorts get "UTC" (docs/decisions/014-time-zones.md). On both
// databases, whatever TEST_DATABASE_PROVIDER says.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrationHistory } from "../../tests/setup/migration-history";
import { createDb, dbReady } from "../../lib/db/client";
import { migrate } from "./migrations";

const history = migrationHistory();

beforeAll(async () => {
  await dbReady();
});

afterAll(() => history.cleanup());

describe.each(["sqlite", "postgresql"] as const)("the time_zones migration on %s", (provider) => {
  it("turns stored due moments into their calendar day and gives old cohorts UTC", async () => {
    const { database, position: mine } = await history.justBefore(provider, "time_zones");
    expect(mine).toBeGreaterThan(0);

    const db = createDb(database.url);
    try {
      const p = (n: number) => (provider === "sqlite" ? "?" : `$${n}`);
      await db.$executeRawUnsafe(
        `INSERT INTO "User" ("id", "name", "email", "updatedAt") VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)})`,
        "u1",
        "Ana",
        "ana@example.org",
        new Date(),
      );
      await db.$executeRawUnsafe(
        `INSERT INTO "Cohort" ("id", "name", "updatedAt") VALUES (${p(1)}, ${p(2)}, ${p(3)})`,
        "c1",
        "Old cohort",
        new Date(),
      );
      await db.$executeRawUnsafe(
        `INSERT INTO "Assignment" ("id", "cohortId", "moduleSlug", "dueAt") VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)})`,
        "a1",
        "c1",
        "check-yourself-first",
        new Date("2026-12-04T23:59:59.999Z"),
      );
      await db.$executeRawUnsafe(
        `INSERT INTO "Assignment" ("id", "cohortId", "moduleSlug", "dueDaysAfterJoin") VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)})`,
        "a2",
        "c1",
        "trust-is-fragile",
        7,
      );
    } finally {
      await db.$disconnect();
    }

    await migrate(database.url, { quiet: true });
    const after = createDb(database.url);
    try {
      expect(await after.cohort.findUniqueOrThrow({ where: { id: "c1" }, select: { timeZone: true } })).toEqual({
        timeZone: "UTC",
      });
      expect(await after.user.findUniqueOrThrow({ where: { id: "u1" }, select: { timeZone: true } })).toEqual({
        timeZone: null,
      });
      const rows = await after.assignment.findMany({
        orderBy: { id: "asc" },
        select: { id: true, dueDate: true, dueDaysAfterJoin: true },
      });
      expect(rows).toEqual([
        { id: "a1", dueDate: "2026-12-04", dueDaysAfterJoin: null },
        { id: "a2", dueDate: null, dueDaysAfterJoin: 7 },
      ]);
    } finally {
      await after.$disconnect();
    }
  });
});
