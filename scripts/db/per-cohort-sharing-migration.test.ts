// The per_cohort_sharing migration keeps what people could see: an entry
// shared before becomes shared with each cohort its author is in now
// (archived ones too), at the same moment; a reply gets the cohort its author
// facilitates and the entry's author is in (the earliest, if several), or
// none. Nothing else is lost on the way: entries, their earlier versions and
// replies all survive the table rebuild. On both databases, whatever
// TEST_DATABASE_PROVIDER says (docs/decisions/016-per-cohort-sharing.md).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrationHistory } from "../../tests/setup/migration-history";
import { createDb, dbReady } from "../../lib/db/client";
import { migrate } from "./migrations";

const history = migrationHistory();

beforeAll(async () => {
  await dbReady();
});

afterAll(() => history.cleanup());

const at = (iso: string) => new Date(iso);

describe.each(["sqlite", "postgresql"] as const)("the per_cohort_sharing migration on %s", (provider) => {
  it("turns each shared entry into shares with its author's cohorts and gives old replies their cohort", async () => {
    const { database, position: mine } = await history.justBefore(provider, "per_cohort_sharing");
    expect(mine).toBeGreaterThan(0);

    // The old schema has columns the current client doesn't know (sharedAt),
    // so the rows are written in SQL, as the app wrote them before.
    const db = createDb(database.url);
    try {
      const insert = async (table: string, row: Record<string, unknown>) => {
        const columns = Object.keys(row);
        const marks = columns.map((_, i) => (provider === "sqlite" ? "?" : `$${i + 1}`));
        await db.$executeRawUnsafe(
          `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${marks.join(", ")})`,
          ...Object.values(row),
        );
      };
      const now = new Date();
      for (const [id, name] of [
        ["mei", "Mei Chen"],
        ["leo", "Leo Martins"],
        ["ana", "Ana Lone"],
        ["priya", "Priya Raman"],
        ["sam", "Sam Okafor"],
        ["gus", "Gus Former"],
      ]) {
        await insert("User", { id, name, email: `${id}@example.org`, updatedAt: now });
      }
      // Support (Priya since March, Sam since May), Leads (Sam since January), Old (archived, Priya).
      for (const [id, name, archivedAt] of [
        ["support", "Support team", null],
        ["leads", "Leads", null],
        ["old", "Old team", at("2026-06-01T00:00:00Z")],
        ["gone", "Cohort Mei left", null],
      ] as const) {
        await insert("Cohort", { id, name, archivedAt, updatedAt: now });
      }
      for (const [cohortId, userId, addedAt] of [
        ["support", "priya", "2026-03-01T00:00:00Z"],
        ["support", "sam", "2026-05-01T00:00:00Z"],
        ["leads", "sam", "2026-01-01T00:00:00Z"],
        ["old", "priya", "2026-02-01T00:00:00Z"],
        ["gone", "gus", "2026-02-01T00:00:00Z"],
      ] as const) {
        await insert("CohortFacilitator", { cohortId, userId, addedAt: at(addedAt) });
      }
      // Mei is in Support, Leads and the archived Old team; Leo only in Support; Ana in none.
      for (const [cohortId, userId] of [
        ["support", "mei"],
        ["leads", "mei"],
        ["old", "mei"],
        ["support", "leo"],
      ] as const) {
        await insert("CohortMember", { cohortId, userId, joinedAt: at("2026-03-02T00:00:00Z") });
      }
      const entry = async (id: string, userId: string, sharedAt: Date | null) =>
        insert("Reflection", {
          id,
          userId,
          promptId: "whats-your-part",
          lessonKey: "check-yourself-first/whats-your-part",
          promptText: "What's your part?",
          body: `Words of ${id}`,
          version: 2,
          sharedAt,
          createdAt: at("2026-04-01T10:00:00Z"),
          updatedAt: at("2026-04-02T10:00:00Z"),
        });
      await entry("mei-shared", "mei", at("2026-04-03T08:30:00.123Z"));
      await entry("mei-private", "mei", null);
      await entry("leo-shared", "leo", at("2026-04-04T09:00:00Z"));
      await entry("ana-shared", "ana", at("2026-04-05T09:00:00Z"));
      await insert("ReflectionRevision", {
        id: "rev-1",
        reflectionId: "mei-shared",
        version: 1,
        body: "Mei's first draft",
        savedAt: at("2026-04-01T10:00:00Z"),
      });
      const reply = async (id: string, reflectionId: string, authorId: string) =>
        insert("ReflectionReply", {
          id,
          reflectionId,
          authorId,
          body: `Reply ${id}`,
          createdAt: at("2026-04-06T10:00:00Z"),
          readAt: id === "r-priya" ? at("2026-04-07T10:00:00Z") : null,
        });
      // Priya facilitates two of Mei's cohorts: Old (since February) comes before Support (March).
      await reply("r-priya", "mei-shared", "priya");
      // Sam facilitates two of Mei's cohorts: Leads (January) before Support (May).
      await reply("r-sam", "mei-shared", "sam");
      await reply("r-sam-leo", "leo-shared", "sam");
      // Gus facilitates only a cohort Mei has left: no cohort for his reply.
      await reply("r-gus", "mei-shared", "gus");
    } finally {
      await db.$disconnect();
    }

    await migrate(database.url, { quiet: true });
    const after = createDb(database.url);
    try {
      const shares = await after.reflectionShare.findMany({
        orderBy: [{ reflectionId: "asc" }, { cohortId: "asc" }],
        select: { reflectionId: true, cohortId: true, sharedAt: true },
      });
      expect(shares).toEqual([
        { reflectionId: "leo-shared", cohortId: "support", sharedAt: at("2026-04-04T09:00:00Z") },
        { reflectionId: "mei-shared", cohortId: "leads", sharedAt: at("2026-04-03T08:30:00.123Z") },
        { reflectionId: "mei-shared", cohortId: "old", sharedAt: at("2026-04-03T08:30:00.123Z") },
        { reflectionId: "mei-shared", cohortId: "support", sharedAt: at("2026-04-03T08:30:00.123Z") },
      ]);
      const replies = await after.reflectionReply.findMany({
        orderBy: { id: "asc" },
        select: { id: true, reflectionId: true, authorId: true, cohortId: true, body: true, readAt: true },
      });
      expect(replies).toEqual([
        {
          id: "r-gus",
          reflectionId: "mei-shared",
          authorId: "gus",
          cohortId: null,
          body: "Reply r-gus",
          readAt: null,
        },
        {
          id: "r-priya",
          reflectionId: "mei-shared",
          authorId: "priya",
          cohortId: "old",
          body: "Reply r-priya",
          readAt: at("2026-04-07T10:00:00Z"),
        },
        {
          id: "r-sam",
          reflectionId: "mei-shared",
          authorId: "sam",
          cohortId: "leads",
          body: "Reply r-sam",
          readAt: null,
        },
        {
          id: "r-sam-leo",
          reflectionId: "leo-shared",
          authorId: "sam",
          cohortId: "support",
          body: "Reply r-sam-leo",
          readAt: null,
        },
      ]);
      // Every entry and its earlier version came through the rebuild unchanged.
      const entries = await after.reflection.findMany({
        orderBy: { id: "asc" },
        select: { id: true, userId: true, body: true, version: true, createdAt: true, updatedAt: true },
      });
      expect(entries.map((e) => e.id)).toEqual(["ana-shared", "leo-shared", "mei-private", "mei-shared"]);
      expect(entries.find((e) => e.id === "mei-shared")).toEqual({
        id: "mei-shared",
        userId: "mei",
        body: "Words of mei-shared",
        version: 2,
        createdAt: at("2026-04-01T10:00:00Z"),
        updatedAt: at("2026-04-02T10:00:00Z"),
      });
      expect(await after.reflectionRevision.findMany({ select: { id: true, reflectionId: true } })).toEqual([
        { id: "rev-1", reflectionId: "mei-shared" },
      ]);

      // The new table's keys hold: a share names a real entry and cohort, and goes with either.
      await after.cohort.delete({ where: { id: "leads" } });
      expect(await after.reflectionShare.count({ where: { cohortId: "leads" } })).toBe(0);
      expect((await after.reflectionReply.findUniqueOrThrow({ where: { id: "r-sam" } })).cohortId).toBeNull();
      await after.reflection.delete({ where: { id: "mei-shared" } });
      expect(await after.reflectionShare.count({ where: { reflectionId: "mei-shared" } })).toBe(0);
    } finally {
      await after.$disconnect();
    }
  });
});
