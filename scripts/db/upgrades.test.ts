// Upgrading keeps everything: for every migration in the history, a database
// built at that migration and filled with the rows the app wrote then
// (tests/setup/upgrade-data.ts) is migrated to the latest, and every row and
// value must still be there, moved only where a migration's step says so, and
// readable by today's client. A new migration is covered by itself; one that
// creates a table or column the data doesn't know fails here with a sentence
// saying what to write. Runs on the database TEST_DATABASE_PROVIDER names (CI
// runs the unit tests on both). See docs/decisions/041-upgrade-tests-and-newer-databases.md.
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  copyTestDatabase,
  createEmptyTestDatabase,
  testDatabaseProvider,
  type TestDatabase,
} from "../../tests/setup/test-database";
import {
  coverageProblems,
  dataAt,
  describeTables,
  expectedAfterUpgrade,
  insertAll,
  plainRows,
  readTable,
  unknownSteps,
  UPGRADE_DATA_FILE,
} from "../../tests/setup/upgrade-rows";
import { createDb, dbReady, type Db } from "../../lib/db/client";
import { migrate, migrationFolders, migrationsDirFor } from "./migrations";

const provider = testDatabaseProvider();
const fullDir = migrationsDirFor(provider);
const folders = migrationFolders(fullDir);
const databases: TestDatabase[] = [];
const tempDirs: string[] = [];

beforeAll(async () => {
  await dbReady();
});

afterAll(async () => {
  await Promise.allSettled(databases.map((database) => database.drop()));
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** A migrations folder holding the history up to and including `folders[index]`, with the lock file. */
function historyUpTo(index: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "trust-course-upgrade-"));
  tempDirs.push(dir);
  const lock = path.join(fullDir, "migration_lock.toml");
  if (existsSync(lock)) cpSync(lock, path.join(dir, "migration_lock.toml"));
  for (const folder of folders.slice(0, index + 1)) {
    cpSync(path.join(fullDir, folder), path.join(dir, folder), { recursive: true });
  }
  return dir;
}

// A copy of the database at the migration before, made before that one was
// filled: the cases run in order, so each applies one migration to it
// instead of the whole history (a case run alone starts from empty).
const spares = new Map<number, TestDatabase>();

/** A database at `folders[index]`, empty of rows. */
async function databaseAt(index: number): Promise<TestDatabase> {
  const label = `upgrade_${index}_${provider}`;
  const database = spares.get(index) ?? (await createEmptyTestDatabase({ label, provider }));
  databases.push(database);
  await migrate(database.url, { quiet: true, migrationsDir: historyUpTo(index) });
  if (index + 1 < folders.length)
    spares.set(index + 1, await copyTestDatabase(database, `upgrade_${index + 1}_${provider}`));
  return database;
}

/** Today's client reads every row of the table (a value stored in a shape it can't parse would throw). */
async function clientCount(db: Db, table: string): Promise<number | null> {
  const delegate: unknown = Reflect.get(db, table.charAt(0).toLowerCase() + table.slice(1));
  if (typeof delegate !== "object" || delegate === null) return null;
  const findMany: unknown = Reflect.get(delegate, "findMany");
  if (typeof findMany !== "function") return null;
  const rows: unknown = await (findMany as (this: unknown) => Promise<unknown>).call(delegate);
  return Array.isArray(rows) ? rows.length : null;
}

describe(`upgrading a ${provider} database`, () => {
  it("has a step in the upgrade data only for migrations that exist", () => {
    expect(folders.length).toBeGreaterThan(1);
    expect(unknownSteps(folders), `steps in ${UPGRADE_DATA_FILE} that name no migration`).toEqual([]);
  });

  it.each(folders.map((folder, index) => ({ folder, index })))(
    "from $folder to the latest keeps every row and value",
    async ({ folder, index }) => {
      const database = await databaseAt(index);

      const data = dataAt(folders, index);
      const before = createDb(database.url);
      try {
        const tables = await describeTables(before, provider);
        const problems = coverageProblems({ tables, data, folders, index, migrationsDir: fullDir });
        expect(problems, `the upgrade data at ${folder} is incomplete:\n${problems.join("\n")}`).toEqual([]);
        await insertAll(before, provider, tables, data);
      } finally {
        await before.$disconnect();
      }

      const { applied } = await migrate(database.url, { quiet: true });
      expect(applied).toEqual(folders.slice(index + 1));

      const expected = expectedAfterUpgrade(folders, index, data);
      const after = createDb(database.url);
      try {
        const tables = await describeTables(after, provider);
        const names = new Set(tables.map((t) => t.name));
        const vanished = Object.keys(expected).filter((t) => !names.has(t) && (expected[t] ?? []).length > 0);
        expect(vanished, `tables with rows written at ${folder} that the latest schema no longer has`).toEqual([]);

        for (const table of tables) {
          const want = plainRows(table, expected[table.name] ?? []);
          const got = await readTable(after, table);
          if (want.length > 0) {
            const wantColumns = Object.keys(want[0] ?? {}).sort();
            const unexplained = table.columns.map((c) => c.name).filter((c) => !wantColumns.includes(c));
            expect
              .soft(
                unexplained,
                `columns of "${table.name}" added after ${folder} with no value for older rows: say in the migration's step in ${UPGRADE_DATA_FILE} what old rows get`,
              )
              .toEqual([]);
          }
          expect.soft(got, `rows of "${table.name}" after upgrading from ${folder}`).toEqual(want);
          expect
            .soft(
              await clientCount(after, table.name),
              `today's client has a model for "${table.name}" and reads its rows`,
            )
            .toBe(got.length);
        }
      } finally {
        await after.$disconnect();
      }
    },
    60_000,
  );
});
