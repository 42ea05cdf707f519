// The journal's two counts per question (all answers, and the shared ones)
// are read from the index (userId, promptId, lessonKey, id) alone, never from
// the rows with their text: on SQLite, at 5,000 answers, that took them from
// about 8 ms each to 1 (docs/decisions/060-journal-counts-from-an-index.md).
// The statements are the shape of `answerGroups` in journal.ts.
import { describe, expect, it } from "vitest";
import { db, dbProvider } from "../db/client";
import { learner } from "../../tests/setup/journal-entries";

const ALL = `SELECT "promptId", "lessonKey", COUNT(*) AS "n" FROM "Reflection" WHERE "userId" = $1 GROUP BY "promptId", "lessonKey"`;
const SHARED = `SELECT r."promptId", r."lessonKey", COUNT(*) AS "n" FROM "Reflection" r
  WHERE r."userId" = $1 AND EXISTS (SELECT 1 FROM "ReflectionShare" s WHERE s."reflectionId" = r."id")
  GROUP BY r."promptId", r."lessonKey"`;

describe("the journal's counts by question", () => {
  it("have an index of their own, on every database", async () => {
    const columns =
      dbProvider() === "sqlite"
        ? (
            await db().$queryRawUnsafe<{ name: string }[]>(
              `SELECT name FROM pragma_index_info('Reflection_userId_promptId_lessonKey_id_idx') ORDER BY seqno`,
            )
          ).map((row) => row.name)
        : (
            await db().$queryRawUnsafe<{ indexdef: string }[]>(
              `SELECT indexdef FROM pg_indexes WHERE tablename = 'Reflection' AND indexname = 'Reflection_userId_promptId_lessonKey_id_idx'`,
            )
          ).flatMap(
            (row) =>
              /\((.*)\)/
                .exec(row.indexdef)?.[1]
                ?.split(", ")
                .map((c) => c.replaceAll('"', "")) ?? [],
          );
    expect(columns).toEqual(["userId", "promptId", "lessonKey", "id"]);
  });

  it.skipIf(dbProvider() !== "sqlite")("read that index alone on SQLite, not the answers' rows", async () => {
    const who = await learner("counted");
    for (const sql of [ALL, SHARED]) {
      const plan = await db().$queryRawUnsafe<{ detail: string }[]>(
        `EXPLAIN QUERY PLAN ${sql.replace("$1", "?")}`,
        who.id,
      );
      const reflection = plan
        .map((row) => row.detail)
        .filter((detail) => /\b(Reflection|r)\b/.test(detail) && !/ReflectionShare|\bs\b/.test(detail));
      expect(reflection, sql).toEqual([
        expect.stringMatching(/USING COVERING INDEX Reflection_userId_promptId_lessonKey_id_idx/),
      ]);
    }
  });
});
