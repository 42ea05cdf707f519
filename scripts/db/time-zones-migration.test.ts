// The time_zones migration keeps existing data: a fixed due date stored as a
// moment (23:59:59.999 UTC of the chosen day) becomes that calendar day, and
// existing cohorts get "UTC" (docs/decisions/014-time-zones.md). On both
// databases, whatever TEST_DATABASE_PROVIDER says.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmptyTestDatabase, type TestDatabase } from "../../tests/setup/test-database";
import { createDb, dbReady } from "../../lib/db/client";
import { migrate, migrationFolders, migrationsDirFor } from "./migrations";

const databases: TestDatabase[] = [];
const tempDirs: string[] = [];

beforeAll(async () => {
  await dbReady();
});

afterAll(async () => {
  await Promise.allSettled(databases.map((database) => database.drop()));
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe.each(["sqlite", "postgresql"] as const)("the time_zones migration on %s", (provider) => {
  it("turns stored due moments into their calendar day and gives old cohorts UTC", async () => {
    const full = migrationsDirFor(provider);
    const folders = migrationFolders(full);
    const mine = folders.findIndex((name) => name.endsWith("_time_zones"));
    expect(mine).toBeGreaterThan(0);

    // The history just before this migration.
    const before = mkdtempSync(path.join(os.tmpdir(), "trust-course-tz-"));
    tempDirs.push(before);
    cpSync(full, before, { recursive: true });
    for (const name of folders.slice(mine)) rmSync(path.join(before, name), { recursive: true });

    const database = await createEmptyTestDatabase({ label: `tz_${provider}`, provider });
    databases.push(database);
    await migrate(database.url, { quiet: true, migrationsDir: before });

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
