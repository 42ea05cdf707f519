// A database that a newer version has migrated is refused before anything is
// applied: by the function `npm start`, `npm run setup` and `npm run
// db:migrate` share, and by the real scripts run as child processes. On the
// database TEST_DATABASE_PROVIDER names.
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmptyTestDatabase, testDatabaseProvider, type TestDatabase } from "../../tests/setup/test-database";
import { createDb, dbReady } from "../../lib/db/client";
import { appliedMigrations } from "../../lib/ops/schema-status";
import { migrate, migrationFolders, migrationsDirFor } from "./migrations";
import { NewerDatabaseError, PROJECT_ROOT, refuseNewerDatabase, upgradeDatabase } from "./upgrade";

const provider = testDatabaseProvider();
const fullDir = migrationsDirFor(provider);
const folders = migrationFolders(fullDir);
const latest = folders.at(-1) ?? "";
const FUTURE = "29991231235959_from_a_newer_version";
const databases: TestDatabase[] = [];
const tempDirs: string[] = [];

beforeAll(async () => {
  await dbReady();
});

afterAll(async () => {
  await Promise.allSettled(databases.map((database) => database.drop()));
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "trust-course-upgrade-guard-"));
  tempDirs.push(dir);
  return dir;
}

/**
 * A database migrated with every migration but this code's latest, plus one
 * from a newer version this code has never seen: the latest is pending and
 * the database is still newer than the code.
 */
async function databaseFromNewerVersion(label: string): Promise<string> {
  const dir = tempDir();
  cpSync(path.join(fullDir, "migration_lock.toml"), path.join(dir, "migration_lock.toml"));
  for (const folder of folders.slice(0, -1))
    cpSync(path.join(fullDir, folder), path.join(dir, folder), { recursive: true });
  mkdirSync(path.join(dir, FUTURE));
  writeFileSync(
    path.join(dir, FUTURE, "migration.sql"),
    'CREATE TABLE "FromTheFuture" ("id" TEXT NOT NULL PRIMARY KEY);\n',
  );
  const database = await createEmptyTestDatabase({ label: `${label}_${provider}`, provider });
  databases.push(database);
  await migrate(database.url, { quiet: true, migrationsDir: dir });
  return database.url;
}

async function applied(url: string): Promise<string[]> {
  const client = createDb(url);
  try {
    return await appliedMigrations(client);
  } finally {
    await client.$disconnect();
  }
}

const EXPECTED_MESSAGE = `This database was last upgraded by a newer version of It Takes Two (it has 1 migration(s) this version doesn't know, the newest ${FUTURE}). Install that version or a later one; running an older version on it could damage data.`;

/** Runs a script of ours with tsx, as npm would, and collects what it said. */
function runScript(
  script: string,
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(PROJECT_ROOT, "node_modules/.bin/tsx"), [script], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NODE_ENV: "production", LOG_LEVEL: "silent", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    // Should the check ever let it through, `npm start` would go on serving: stop it.
    const timer = setTimeout(() => child.kill("SIGTERM"), 45_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe(`a ${provider} database newer than the code`, () => {
  it("is refused with the message, and the pending migration is not applied", async () => {
    const url = await databaseFromNewerVersion("newer");
    const before = await applied(url);
    expect(before).toEqual([...folders.slice(0, -1), FUTURE]);

    const refusal = await upgradeDatabase(url, { quiet: true }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(NewerDatabaseError);
    expect((refusal as NewerDatabaseError).message).toBe(EXPECTED_MESSAGE);
    expect((refusal as NewerDatabaseError).status).toMatchObject({ unknown: [FUTURE], pending: [latest] });
    expect(await applied(url)).toEqual(before);
  });

  it("is refused by `npm run db:migrate`, which exits with the message and changes nothing", async () => {
    const url = await databaseFromNewerVersion("newer_cli");
    const before = await applied(url);
    const run = await runScript("scripts/db/migrate.ts", { DATABASE_URL: url });
    expect(run.stderr).toContain(EXPECTED_MESSAGE);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain("Applied migration");
    expect(await applied(url)).toEqual(before);
  });

  it("is refused by `npm start` before it migrates or serves anything", async () => {
    const url = await databaseFromNewerVersion("newer_start");
    const before = await applied(url);
    // start.ts first wants a production build: a stand-in BUILD_ID is enough
    // to reach the database check, which must stop it.
    const build = tempDir();
    writeFileSync(path.join(build, "BUILD_ID"), "upgrade-guard-test\n");
    const run = await runScript("scripts/start.ts", {
      DATABASE_URL: url,
      AUTH_SECRET: "a-test-secret-of-at-least-thirty-two-chars",
      NEXT_DIST_DIR: path.relative(PROJECT_ROOT, build),
      PORT: "39417",
      REMINDERS_JOB: "off",
    });
    expect(run.stderr).toContain(EXPECTED_MESSAGE);
    expect(run.code).toBe(1);
    expect(run.stdout).not.toContain("is running");
    expect(await applied(url)).toEqual(before);
  });
});

describe(`a ${provider} database the code knows`, () => {
  it("passes when empty, and when older gets the pending migrations", async () => {
    const database = await createEmptyTestDatabase({ label: `older_${provider}`, provider });
    databases.push(database);
    expect(await refuseNewerDatabase(database.url)).toMatchObject({ applied: [], unknown: [], pending: folders });

    const dir = tempDir();
    cpSync(path.join(fullDir, "migration_lock.toml"), path.join(dir, "migration_lock.toml"));
    for (const folder of folders.slice(0, -1))
      cpSync(path.join(fullDir, folder), path.join(dir, folder), { recursive: true });
    await migrate(database.url, { quiet: true, migrationsDir: dir });
    expect(await upgradeDatabase(database.url, { quiet: true })).toEqual({ applied: [latest] });
    expect(await refuseNewerDatabase(database.url)).toMatchObject({ applied: folders, unknown: [], pending: [] });
  });
});
