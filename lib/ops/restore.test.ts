// `npm run restore` refuses what it must, without touching the database:
// a file that is not a backup, a truncated one, a backup from a newer version,
// and any restore while an instance is running (unless --force). It keeps the
// current database aside before replacing it, and a backup from an older
// version comes back with its missing migrations listed for the next start.
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, dbReady } from "../db/client";
import { allRows } from "../../tests/setup/database-rows";
import { applyPendingMigrations, migrationHistory } from "../../tests/setup/migration-history";
import {
  createEmptyTestDatabase,
  createTestDatabase,
  testDatabaseProvider,
  type TestDatabase,
} from "../../tests/setup/test-database";
import { takeBackup } from "./backups";
import { beat } from "./heartbeat";
import { RestoreRefused, restoreBackup } from "./restore";
import { knownMigrations } from "./schema-status";

const provider = testDatabaseProvider();
const url = () => process.env.DATABASE_URL!;
const history = migrationHistory();
const empties: TestDatabase[] = [];
let dir: string;
let good: string;

async function addPerson(name: string): Promise<void> {
  const id = randomUUID();
  await (await dbReady()).user.create({ data: { id, name, email: `${id}@example.org` } });
}

async function backupOf(databaseUrl: string): Promise<string> {
  const client = createDb(databaseUrl);
  try {
    return (await takeBackup({ client, databaseUrl, dir, keep: 100, trigger: "manual" })).file;
  } finally {
    await client.$disconnect();
  }
}

/** Expects a refusal, and that the database and the backup folder did not change. */
async function expectRefused(file: string, message: string | RegExp, extra: { force?: boolean } = {}) {
  const before = await allRows(url());
  const folder = readdirSync(dir).sort();
  const attempt = restoreBackup({ file, databaseUrl: url(), backupDir: dir, ...extra });
  await expect(attempt).rejects.toBeInstanceOf(RestoreRefused);
  await expect(attempt).rejects.toThrow(message);
  expect(await allRows(url())).toEqual(before);
  expect(readdirSync(dir).sort(), "nothing was kept aside: nothing was about to change").toEqual(folder);
}

beforeAll(async () => {
  await dbReady();
  dir = mkdtempSync(path.join(os.tmpdir(), "trust-course-restore-"));
  await addPerson("Ana");
  good = await backupOf(url());
  await addPerson("Ben, added after the backup");
});

afterAll(async () => {
  await history.cleanup();
  await Promise.allSettled(empties.map((database) => database.drop()));
  rmSync(dir, { recursive: true, force: true });
});

describe(`restore on ${provider} refuses, and changes nothing,`, () => {
  it("for a file that is not a backup", async () => {
    const notes = path.join(dir, "notes.txt");
    writeFileSync(notes, "Remember to water the plants.\n");
    await expectRefused(notes, "is not a backup made by `npm run backup`");
    await expectRefused(path.join(dir, "missing.db"), "There is no file at");
  });

  it("for a database that is not It Takes Two's", async () => {
    const other = path.join(os.tmpdir(), `trust-course-other-${randomUUID()}.db`);
    const client = createDb(`file:${other}`);
    await client.$executeRawUnsafe("CREATE TABLE recipes (name TEXT)");
    await client.$disconnect();
    try {
      await expectRefused(
        other,
        provider === "sqlite"
          ? "not a backup of It Takes Two"
          : "is a SQLite backup, but DATABASE_URL points at a PostgreSQL database",
      );
    } finally {
      rmSync(other, { force: true });
    }
  });

  it("for a truncated backup", async () => {
    const whole = readFileSync(good);
    const truncated = path.join(dir, `truncated-${path.basename(good)}`);
    writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
    await expectRefused(truncated, "is damaged or incomplete");
  });

  it("for a backup from a newer version", async () => {
    const client = await dbReady();
    const p = (n: number) => (provider === "sqlite" ? "?" : `$${n}`);
    const future = "29991231000000_from_a_newer_version";
    const insert = `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, 1)`;
    await client.$executeRawUnsafe(insert, randomUUID(), "0".repeat(64), future, new Date(), new Date());
    let newer: string;
    try {
      newer = await backupOf(url());
    } finally {
      await client.$executeRawUnsafe(`DELETE FROM _prisma_migrations WHERE migration_name = ${p(1)}`, future);
    }
    await expectRefused(newer, `This backup was last upgraded by a newer version of It Takes Two`);
  });

  it("while an instance is running, and goes ahead with --force, keeping the current database aside", async () => {
    const client = await dbReady();
    await beat(client, { id: "other-machine-1", startedAt: new Date() });
    await expectRefused(good, "The app is running on this database");

    const current = await allRows(url());
    const result = await restoreBackup({ file: good, databaseUrl: url(), backupDir: dir, force: true });
    expect(result.forcedPast.map((instance) => instance.id)).toEqual(["other-machine-1"]);
    expect(result.pending).toEqual([]);

    const fresh = createDb(url());
    try {
      const names = (await fresh.user.findMany({ select: { name: true } })).map((user) => user.name);
      expect(names).toContain("Ana");
      expect(names).not.toContain("Ben, added after the backup");
    } finally {
      await fresh.$disconnect();
    }

    // What was replaced is kept, whole: restored into an empty database, it
    // is the database as it stood just before.
    expect(result.keptAside && existsSync(result.keptAside)).toBeTruthy();
    const aside = await createEmptyTestDatabase({ label: "kept_aside", provider });
    empties.push(aside);
    await restoreBackup({ file: result.keptAside!, databaseUrl: aside.url, backupDir: dir });
    expect(await allRows(aside.url)).toEqual(current);
  });
});

describe(`restore on ${provider}`, () => {
  it("does not count an instance whose heartbeat is older than 75 seconds", async () => {
    const target = await createTestDatabase({ label: "stale_heartbeat" });
    empties.push(target);
    const client = createDb(target.url);
    try {
      await beat(client, { id: "crashed-yesterday", startedAt: new Date() }, new Date(Date.now() - 2 * 60_000));
    } finally {
      await client.$disconnect();
    }
    const result = await restoreBackup({ file: good, databaseUrl: target.url, backupDir: dir });
    expect(result.forcedPast).toEqual([]);
  });

  it("of a backup from an older version lists the migrations the next start applies", async () => {
    const { database: old, position } = await history.justBefore(provider, "backups_and_instances");
    expect(position).toBeGreaterThan(0);
    // The backup works on a database this version has not upgraded yet; it
    // just cannot be listed there (no BackupRun table).
    const client = createDb(old.url);
    let file: string;
    try {
      const backup = await takeBackup({ client, databaseUrl: old.url, dir, keep: 100, trigger: "manual" });
      expect(backup.recorded).toBe(false);
      file = backup.file;
    } finally {
      await client.$disconnect();
    }
    const target = await createTestDatabase({ label: "newer_target" });
    empties.push(target);

    const result = await restoreBackup({ file, databaseUrl: target.url, backupDir: dir });
    const known = knownMigrations(provider);
    expect(result.pending).toEqual(known.slice(position));
    // The tables of the newer schema went with it, so the migrations apply cleanly.
    const { applied } = await applyPendingMigrations(target.url);
    expect(applied).toEqual(known.slice(position));
  });
});
