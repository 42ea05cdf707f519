// Fresh, fully migrated databases for tests: one per Vitest file
// (tests/setup/vitest.setup.ts) and one per Playwright worker
// (tests/e2e/support/fixtures.ts). SQLite by default; PostgreSQL when
// TEST_DATABASE_PROVIDER=postgresql. No test-runner imports: both runners use it.
import { randomBytes } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { migrate, migrationsFingerprint, type Provider } from "../../scripts/db/migrations";

export type TestDatabase = { url: string; provider: Provider; drop(): Promise<void> };

const DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);
const TMP_DIR = path.join(os.tmpdir(), "trust-course-tests");

export function testDatabaseProvider(): Provider {
  const value = (process.env.TEST_DATABASE_PROVIDER ?? "sqlite").trim() || "sqlite";
  if (value === "sqlite" || value === "postgresql") return value;
  throw new Error(`TEST_DATABASE_PROVIDER must be "sqlite" or "postgresql", not "${value}".`);
}

/** A migrated database of the provider chosen by TEST_DATABASE_PROVIDER. */
export async function createTestDatabase(options: { label: string }): Promise<TestDatabase> {
  const provider = testDatabaseProvider();
  return provider === "sqlite" ? createSqliteCopy(options.label) : createPostgresCopy(options.label);
}

/** An empty, unmigrated database (for testing the migrations themselves). */
export async function createEmptyTestDatabase(options: { label: string; provider: Provider }): Promise<TestDatabase> {
  if (options.provider === "sqlite") {
    const file = sqliteFileFor(options.label);
    return { url: `file:${file}`, provider: "sqlite", drop: () => Promise.resolve(removeSqliteFiles(file)) };
  }
  const admin = adminUrl();
  const name = databaseName(options.label);
  await withAdmin(admin, (client) => client.query(`CREATE DATABASE ${quote(name)}`));
  return { url: databaseUrl(admin, name), provider: "postgresql", drop: () => dropPostgres(admin, name) };
}

function randomSuffix(): string {
  return randomBytes(4).toString("hex");
}

function sanitise(label: string): string {
  return (
    label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "") || "db"
  );
}

// ---------------------------------------------------------------------------
// SQLite: migrate one template file per migrations version (cached across
// processes in the temp folder), then copy it for each database.
// ---------------------------------------------------------------------------

let sqliteTemplate: Promise<string> | undefined;

function sqliteFileFor(label: string): string {
  mkdirSync(TMP_DIR, { recursive: true });
  return path.join(TMP_DIR, `${sanitise(label).slice(0, 40)}-${process.pid}-${randomSuffix()}.db`);
}

function removeSqliteFiles(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}

async function buildSqliteTemplate(): Promise<string> {
  mkdirSync(TMP_DIR, { recursive: true });
  const template = path.join(TMP_DIR, `template-${migrationsFingerprint("sqlite")}.db`);
  if (existsSync(template)) return template;
  // Build under a private name and rename: another process never sees a
  // half-migrated template, and a race just replaces one copy with an equal one.
  const building = `${template}.${process.pid}-${randomSuffix()}`;
  try {
    await migrate(`file:${building}`, { quiet: true });
    renameSync(building, template);
  } finally {
    removeSqliteFiles(building);
  }
  return template;
}

async function createSqliteCopy(label: string): Promise<TestDatabase> {
  sqliteTemplate ??= buildSqliteTemplate().catch((error: unknown) => {
    sqliteTemplate = undefined;
    throw error;
  });
  const file = sqliteFileFor(label);
  copyFileSync(await sqliteTemplate, file);
  return { url: `file:${file}`, provider: "sqlite", drop: () => Promise.resolve(removeSqliteFiles(file)) };
}

// ---------------------------------------------------------------------------
// PostgreSQL: migrate one template database per migrations version, then
// `CREATE DATABASE … TEMPLATE` (a file copy on the server) for each database.
// ---------------------------------------------------------------------------

function adminUrl(): URL {
  const raw = process.env.TEST_POSTGRES_URL || DEFAULT_ADMIN_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error("TEST_POSTGRES_URL is not a valid URL (expected postgresql://user@127.0.0.1:5432/postgres).");
  }
  // Tests create and drop databases freely: never let them near a shared server.
  if (!LOCAL_HOSTS.has(url.hostname)) {
    throw new Error(
      `Refusing to create test databases on "${url.hostname}": TEST_POSTGRES_URL must point at a local server (127.0.0.1, localhost or ::1).`,
    );
  }
  return url;
}

function databaseUrl(admin: URL, name: string): string {
  const url = new URL(admin.href);
  url.pathname = `/${name}`;
  return url.href;
}

/** tc_<label>_<pid>_<random>, within PostgreSQL's 63-byte identifier limit. */
function databaseName(label: string): string {
  const tail = `_${process.pid}_${randomSuffix()}`;
  return `tc_${sanitise(label).slice(0, 63 - 3 - tail.length)}${tail}`;
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

function pgErrorCode(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string"
    ? error.code
    : undefined;
}

async function withAdmin<T>(admin: URL, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: admin.href });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const DUPLICATE_DATABASE = "42P04";
const UNIQUE_VIOLATION = "23505";
const OBJECT_IN_USE = "55006";

async function retryWhileInUse<T>(work: () => Promise<T>): Promise<T> {
  // Autovacuum or a just-closed connection can briefly hold a database.
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (pgErrorCode(error) !== OBJECT_IN_USE || attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

async function exists(client: pg.Client, database: string): Promise<boolean> {
  const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  return (found.rowCount ?? 0) > 0;
}

async function ensurePostgresTemplate(admin: URL): Promise<string> {
  const template = `tc_tpl_${migrationsFingerprint("postgresql")}`;
  await withAdmin(admin, async (client) => {
    if (await exists(client, template)) return;
    const building = `${template}_${process.pid}_${randomSuffix()}`;
    await client.query(`CREATE DATABASE ${quote(building)}`);
    try {
      await migrate(databaseUrl(admin, building), { quiet: true });
      // The rename publishes the template only once it is complete.
      await retryWhileInUse(() => client.query(`ALTER DATABASE ${quote(building)} RENAME TO ${quote(template)}`));
    } catch (error) {
      // Another process published the same template first: use theirs. A
      // simultaneous rename surfaces as a unique violation on the catalog.
      const code = pgErrorCode(error);
      if (code !== DUPLICATE_DATABASE && code !== UNIQUE_VIOLATION) throw error;
      if (!(await exists(client, template))) throw error;
    } finally {
      await retryWhileInUse(() => client.query(`DROP DATABASE IF EXISTS ${quote(building)}`));
    }
  });
  return template;
}

async function createPostgresCopy(label: string): Promise<TestDatabase> {
  const admin = adminUrl();
  const template = await ensurePostgresTemplate(admin);
  const name = databaseName(label);
  await withAdmin(admin, (client) =>
    retryWhileInUse(() => client.query(`CREATE DATABASE ${quote(name)} TEMPLATE ${quote(template)}`)),
  );
  return { url: databaseUrl(admin, name), provider: "postgresql", drop: () => dropPostgres(admin, name) };
}

async function dropPostgres(admin: URL, name: string): Promise<void> {
  await withAdmin(admin, async (client) => {
    // Pools the test forgot to close would otherwise block the drop.
    await client.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
      [name],
    );
    await retryWhileInUse(() => client.query(`DROP DATABASE IF EXISTS ${quote(name)}`));
  });
}

/** A copy of a test database as it is now (a file copy, or `CREATE DATABASE … TEMPLATE`); nothing may be connected to it. */
export async function copyTestDatabase(source: TestDatabase, label: string): Promise<TestDatabase> {
  if (source.provider === "sqlite") {
    const file = sqliteFileFor(label);
    copyFileSync(source.url.replace(/^file:/, ""), file);
    return { url: `file:${file}`, provider: "sqlite", drop: () => Promise.resolve(removeSqliteFiles(file)) };
  }
  const admin = adminUrl();
  const template = decodeURIComponent(new URL(source.url).pathname.slice(1));
  const name = databaseName(label);
  await withAdmin(admin, (client) =>
    retryWhileInUse(() => client.query(`CREATE DATABASE ${quote(name)} TEMPLATE ${quote(template)}`)),
  );
  return { url: databaseUrl(admin, name), provider: "postgresql", drop: () => dropPostgres(admin, name) };
}
