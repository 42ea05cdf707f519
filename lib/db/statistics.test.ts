// SQLite's planner statistics (decision 065). Without them SQLite guessed
// that a learner's id picks out a handful of answers, and for a learner with
// thousands it walked every one of them to find the replies to the thirty on
// a journal page. With the sampled ANALYZE that opening the database now runs
// (and a running server repeats hourly), it looks the thirty up by id. The
// statement is the one Prisma sends for repliesToMyEntries, as written to the
// driver.
import { describe, expect, it } from "vitest";
import { db, dbProvider, dbReady, refreshSqliteStatistics } from "./client";
import { learner, writeMany } from "../../tests/setup/journal-entries";

const ANSWERS = 600;

async function learnerWithManyAnswers() {
  const who = await learner("prolific");
  const rows = await writeMany(who, ANSWERS);
  return { who, page: rows.slice(0, 30).map((row) => row.id) };
}

function repliesToPage(ids: readonly string[]): string {
  const list = ids.map(() => "?").join(",");
  return `SELECT r.id FROM ReflectionReply AS r LEFT JOIN Reflection AS j0 ON (j0.id) = (r.reflectionId)
    WHERE (j0.userId = ? AND (j0.id IN (${list})) AND (j0.id IS NOT NULL)) ORDER BY r.createdAt, r.id`;
}

/** How the plan finds the learner's answers (the step on j0). */
async function answersStep(userId: string, page: readonly string[]): Promise<string[]> {
  const plan = await db().$queryRawUnsafe<{ detail: string }[]>(
    `EXPLAIN QUERY PLAN ${repliesToPage(page)}`,
    userId,
    ...page,
  );
  return plan.map((row) => row.detail).filter((detail) => /\bj0\b/.test(detail));
}

describe.skipIf(dbProvider() !== "sqlite")("SQLite's planner statistics", () => {
  it("are stored in the file, and make a page's look-ups go by id, not through all of a learner's answers", async () => {
    await dbReady(); // the statistics written when the client opened, before these answers
    const { who, page } = await learnerWithManyAnswers();
    await db().$executeRawUnsafe("DROP TABLE IF EXISTS sqlite_stat1");
    expect(await answersStep(who.id, page)).toEqual([
      expect.stringMatching(/USING COVERING INDEX Reflection_userId_promptId_lessonKey_id_idx \(userId=\?\)/),
    ]);

    await refreshSqliteStatistics(db());

    const stats = await db().$queryRawUnsafe<{ idx: string }[]>(
      "SELECT idx FROM sqlite_stat1 WHERE tbl = 'Reflection' ORDER BY idx",
    );
    expect(stats.map((row) => row.idx)).toContain("Reflection_userId_createdAt_idx");
    expect(await answersStep(who.id, page)).toEqual([
      expect.stringMatching(/USING INDEX sqlite_autoindex_Reflection_1 \(id=\?\)/),
    ]);
  });

  it("never fail the caller: a client that cannot write them logs and goes on", async () => {
    const refused = {
      $queryRawUnsafe: () => Promise.reject(new Error("attempt to write a readonly database")),
      $executeRawUnsafe: () => Promise.reject(new Error("attempt to write a readonly database")),
    } as unknown as Parameters<typeof refreshSqliteStatistics>[0];
    await expect(refreshSqliteStatistics(refused)).resolves.toBeUndefined();
  });
});
