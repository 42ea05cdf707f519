// The one module that knows which database is in use. Everything else imports
// `db()` and gets a client with the same models, whether it talks to the
// built-in SQLite file or to PostgreSQL. Not marked server-only because the
// command-line scripts (seed, migrate, roles) use it too; it is never imported
// by client components.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { PrismaLibSql } from "@prisma/adapter-libsql";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { env } from "../env";
import { log } from "../log/logger";

export type DbProvider = "sqlite" | "postgresql";

/**
 * The client type the app codes against. The PostgreSQL client's model
 * delegates have the same shape (both are generated from one schema and the
 * test suites run on both), but the two PrismaClient classes are not
 * assignable as wholes, so we expose only what the app uses.
 */
export type Db = Pick<
  SqliteClient,
  | "user"
  | "session"
  | "account"
  | "verification"
  | "rateLimit"
  | "signInGuard"
  | "lessonProgress"
  | "checkChoice"
  | "reflection"
  | "reflectionRevision"
  | "reflectionShare"
  | "cohort"
  | "cohortFacilitator"
  | "cohortMember"
  | "assignment"
  | "reflectionReply"
  | "nudge"
  | "lookBack"
  | "notification"
  | "emailOptOut"
  | "calendarFeed"
  | "invitation"
  | "backupRun"
  | "jobClaim"
  | "instanceHeartbeat"
  | "$transaction"
  | "$queryRawUnsafe"
  | "$executeRawUnsafe"
  | "$disconnect"
>;

export function providerOf(url: string): DbProvider {
  return url.startsWith("file:") ? "sqlite" : "postgresql";
}

/** SQLite busy timeout: how long a writer waits for the lock before failing. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

export function sqliteFilePath(url: string): string {
  return path.resolve(url.replace(/^file:/, "").replace(/\?.*$/, ""));
}

/** A driver adapter factory for a database URL (used by the client and by migrations). */
export function adapterFactoryFor(url: string): SqlDriverAdapterFactory {
  if (providerOf(url) === "sqlite") {
    const file = sqliteFilePath(url);
    mkdirSync(path.dirname(file), { recursive: true });
    return new PrismaLibSql({ url: `file:${file}`, timeout: SQLITE_BUSY_TIMEOUT_MS });
  }
  return new PrismaPg({ connectionString: url, max: 10 });
}

/**
 * Per-connection SQLite settings for a web server: WAL so readers never wait
 * for the writer, a busy timeout so concurrent writers queue instead of
 * failing, and foreign keys enforced. Synchronous stays at SQLite's default
 * (FULL): every acknowledged save is on disk, and the driver's reconnects
 * after a transaction keep the same setting.
 */
export async function configureSqlite(client: Pick<Db, "$queryRawUnsafe" | "$executeRawUnsafe">): Promise<void> {
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await client.$queryRawUnsafe(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  await client.$queryRawUnsafe("PRAGMA foreign_keys = ON");
  await refreshSqliteStatistics(client);
}

/** Rows ANALYZE reads per index at most: enough for the planner, a few milliseconds however large the file. */
export const SQLITE_ANALYSIS_LIMIT = 1000;

/** How often a running server refreshes SQLite's statistics, as the file grows. */
export const SQLITE_STATISTICS_EVERY_MS = 60 * 60 * 1000;

/**
 * Table statistics for SQLite's query planner (decision 065). Without them
 * SQLite guesses that a learner's id picks out a handful of rows, so for a
 * learner with thousands of answers it walked all of them to find the thirty
 * on a journal page's shares, replies and look-backs, instead of looking the
 * thirty up by id. A sampled ANALYZE (SQLITE_ANALYSIS_LIMIT rows per index)
 * stores them in the file, where every connection finds them. A failure
 * (another process holding the write lock past the busy timeout, a read-only
 * file) is logged and changes nothing: the queries are correct either way.
 */
export async function refreshSqliteStatistics(
  client: Pick<Db, "$queryRawUnsafe" | "$executeRawUnsafe">,
): Promise<void> {
  try {
    await client.$queryRawUnsafe(`PRAGMA analysis_limit = ${SQLITE_ANALYSIS_LIMIT}`);
    await client.$executeRawUnsafe("ANALYZE");
  } catch (error) {
    log.warn("db.statistics_skipped", { error });
  }
}

export function createDb(url: string): Db {
  const adapter = adapterFactoryFor(url);
  if (providerOf(url) === "sqlite") {
    return new SqliteClient({ adapter });
  }
  // See the note on `Db`: the model delegates match; the classes do not.
  return new PostgresClient({ adapter }) as unknown as Db;
}

type Cached = { url: string; client: Db; ready: Promise<void>; statistics?: ReturnType<typeof setInterval> };
const globalForDb = globalThis as unknown as { __trustCourseDb?: Cached };

/**
 * The app's shared client for the configured DATABASE_URL. Cached on
 * globalThis so that development reloads do not open a connection per edit.
 */
export function db(): Db {
  const url = env().databaseUrl;
  let cached = globalForDb.__trustCourseDb;
  if (!cached || cached.url !== url) {
    const client = createDb(url);
    const sqlite = providerOf(url) === "sqlite";
    const ready = sqlite ? configureSqlite(client) : Promise.resolve();
    // The statistics follow the file as it grows; the timer never keeps a process alive.
    if (cached?.statistics) clearInterval(cached.statistics);
    const statistics = sqlite
      ? setInterval(() => void refreshSqliteStatistics(client), SQLITE_STATISTICS_EVERY_MS).unref()
      : undefined;
    cached = { url, client, ready, statistics };
    globalForDb.__trustCourseDb = cached;
  }
  return cached.client;
}

/** Resolves once per-connection settings are applied (SQLite pragmas). */
export async function dbReady(): Promise<Db> {
  const client = db();
  await globalForDb.__trustCourseDb?.ready;
  return client;
}

export function dbProvider(): DbProvider {
  return providerOf(env().databaseUrl);
}
