// The migrations themselves, on both databases whatever TEST_DATABASE_PROVIDER
// says: each provider has its own history and both must stay correct.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmptyTestDatabase, type TestDatabase } from "../../tests/setup/test-database";
import { configureSqlite, createDb, dbReady } from "../../lib/db/client";
import {
  createMigration,
  diffDatabaseAgainstSchema,
  migrate,
  migrationFolders,
  migrationsDirFor,
  sanitizeMigrationName,
  type Provider,
} from "./migrations";

const tempDirs: string[] = [];
const databases: TestDatabase[] = [];

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "trust-course-migrations-"));
  tempDirs.push(dir);
  return dir;
}

async function emptyDatabase(provider: Provider, label: string): Promise<string> {
  const database = await createEmptyTestDatabase({ label, provider });
  databases.push(database);
  return database.url;
}

// tests/setup/vitest.setup.ts disconnects `db()` after the file. Creating it
// only then starts its SQLite set-up in the background, which races with the
// file's deletion; creating it now lets that finish first.
beforeAll(async () => {
  await dbReady();
});

afterAll(async () => {
  await Promise.allSettled(databases.map((database) => database.drop()));
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

describe.each(["sqlite", "postgresql"] as const)("migrations on %s", (provider) => {
  const folders = migrationFolders(migrationsDirFor(provider));

  it("has a history with a lock file for its provider", () => {
    expect(folders.length).toBeGreaterThan(0);
    expect(readdirSync(migrationsDirFor(provider))).toContain("migration_lock.toml");
  });

  it("applies every migration to an empty database, then nothing the second time, leaving no drift", async () => {
    const url = await emptyDatabase(provider, `mig_${provider}`);
    expect((await migrate(url, { quiet: true })).applied).toEqual(folders);
    expect((await migrate(url, { quiet: true })).applied).toEqual([]);
    expect(await diffDatabaseAgainstSchema(url)).toBe("");
  });

  it("reports drift when the database differs from the schema", async () => {
    const url = await emptyDatabase(provider, `drift_${provider}`);
    await migrate(url, { quiet: true });
    const db = createDb(url);
    try {
      await db.$executeRawUnsafe('CREATE TABLE "Stray" ("id" INTEGER PRIMARY KEY)');
      await db.$executeRawUnsafe('DROP INDEX "Session_userId_idx"');
    } finally {
      await db.$disconnect();
    }
    const drift = await diffDatabaseAgainstSchema(url);
    expect(drift).toContain('DROP TABLE "Stray"');
    expect(drift).toContain('CREATE INDEX "Session_userId_idx"');
  });

  it("names the folder and the database's reason when a migration fails", async () => {
    const dir = path.join(tempDir(), "migrations");
    cpSync(migrationsDirFor(provider), dir, { recursive: true });
    const broken = "29991231235959_broken";
    mkdirSync(path.join(dir, broken));
    writeFileSync(path.join(dir, broken, "migration.sql"), "CREATE TABLE broken (;\n");
    const url = await emptyDatabase(provider, `broken_${provider}`);
    await expect(migrate(url, { quiet: true, migrationsDir: dir })).rejects.toThrow(
      new RegExp(`^Migration ${broken} failed: .*syntax error`, "s"),
    );
    // Recorded as failed, as `prisma migrate deploy` does: later runs refuse too.
    await expect(migrate(url, { quiet: true, migrationsDir: dir })).rejects.toThrow(`Migration ${broken} failed`);
  });

  it("has a migration for every schema change (the newest snapshot matches the schema)", async () => {
    const copy = path.join(tempDir(), provider);
    cpSync(migrationsDirFor(provider), copy, { recursive: true });
    const written = await createMigration("pending", {
      migrationsDirs: { [provider]: copy },
      now: new Date("2999-01-01"),
    });
    expect(
      written[provider],
      "schema changed without a migration: run `npm run db:new-migration -- <name>`",
    ).toBeNull();
  });
});

describe("createMigration", () => {
  it("writes a first migration for both providers, then nothing while the schema is unchanged", async () => {
    const root = tempDir();
    const migrationsDirs = { sqlite: path.join(root, "sqlite"), postgresql: path.join(root, "postgresql") };
    const now = new Date("2026-01-02T03:04:05Z");
    const first = await createMigration("Add Things!", { migrationsDirs, now });
    expect(first.sqlite).toBe(path.join(migrationsDirs.sqlite, "20260102030405_add_things"));
    expect(first.postgresql).toBe(path.join(migrationsDirs.postgresql, "20260102030405_add_things"));
    expect(readdirSync(migrationsDirs.postgresql).sort()).toEqual(["20260102030405_add_things", "migration_lock.toml"]);
    expect(readdirSync(first.sqlite ?? "").sort()).toEqual(["migration.sql", "schema.prisma"]);
    const again = await createMigration("again", { migrationsDirs, now: new Date("2026-01-03T00:00:00Z") });
    expect(again).toEqual({ sqlite: null, postgresql: null });
  });

  it("sanitises names", () => {
    expect(sanitizeMigrationName("  Add user-roles (v2) ")).toBe("add_user_roles_v2");
  });
});

describe("SQLite connections through the app's client", () => {
  it("enforce foreign keys and use WAL", async () => {
    const url = await emptyDatabase("sqlite", "pragmas");
    await migrate(url, { quiet: true });
    const db = createDb(url);
    try {
      await configureSqlite(db);
      const mode = await db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
      expect(mode[0]?.journal_mode).toBe("wal");
      const orphan = { id: "s1", token: "t1", expiresAt: new Date(Date.now() + 60_000), userId: "nobody" };
      await expect(db.session.create({ data: orphan })).rejects.toThrow();
      expect(await db.session.count()).toBe(0);
    } finally {
      await db.$disconnect();
    }
  });
});
