// Putting a backup back (`npm run restore`). In order, and stopping at the
// first problem with the current database untouched:
// 1. the file must be a backup of this app for this kind of database, whole,
//    and not from a newer version (its migrations all known to this code);
// 2. no instance of the app may be running on the database (a fresh
//    heartbeat), unless forced;
// 3. the current database is kept aside in the backup folder;
// 4. it is replaced: SQLite by renaming the checked copy over the file,
//    PostgreSQL in one psql transaction (drop the schema, load the dump), so a
//    failure half-way leaves it as it was.
// Not server-only: scripts/restore.ts and the tests use it.
import { randomBytes } from "node:crypto";
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb, providerOf, sqliteFilePath, type Db, type DbProvider } from "../db/client";
import { copySqlite, sqliteIntegrityProblem } from "./backups";
import { runningInstances, type Instance } from "./heartbeat";
import { runTool, serverMajorVersion } from "./pg-tools";
import { knownMigrations, newerDatabaseMessage, schemaStatus, type SchemaStatus } from "./schema-status";

/** A restore that did not happen; the message says why, and the database is as it was. */
export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RestoreRefused";
  }
}

export type RestoreOptions = {
  file: string;
  databaseUrl: string;
  /** Where the current database is kept aside (the backup folder). */
  backupDir: string;
  force?: boolean;
  now?: Date;
  /** The app's root, for the migrations it knows (tests). */
  root?: string;
};

export type RestoreResult = {
  provider: DbProvider;
  /** The copy of the database as it was just before, or null when there was nothing to keep. */
  keptAside: string | null;
  /** Migrations the restored database lacks: the next `npm start` applies them. */
  pending: string[];
  /** Instances that were running and were overridden with --force. */
  forcedPast: Instance[];
};

const SQLITE_MAGIC = "SQLite format 3\0";
const PG_MAGIC = "PGDMP";

function fileKind(file: string): DbProvider | null {
  const fd = openSync(file, "r");
  try {
    const head = Buffer.alloc(16);
    const read = readSync(fd, head, 0, 16, 0);
    const text = head.subarray(0, read).toString("latin1");
    if (text === SQLITE_MAGIC) return "sqlite";
    if (text.startsWith(PG_MAGIC)) return "postgresql";
    return null;
  } finally {
    closeSync(fd);
  }
}

const KIND_NAMES: Record<DbProvider, string> = { sqlite: "a SQLite", postgresql: "a PostgreSQL" };

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, "-");
}

export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const file = path.resolve(options.file);
  if (!existsSync(file)) throw new RestoreRefused(`There is no file at ${file}.`);
  const provider = providerOf(options.databaseUrl);
  const kind = fileKind(file);
  if (!kind) {
    throw new RestoreRefused(
      `${path.basename(file)} is not a backup made by \`npm run backup\` (it is neither a SQLite database nor a pg_dump archive). Nothing was changed.`,
    );
  }
  if (kind !== provider) {
    throw new RestoreRefused(
      `${path.basename(file)} is ${KIND_NAMES[kind]} backup, but DATABASE_URL points at ${KIND_NAMES[provider]} database. Nothing was changed.`,
    );
  }
  const now = options.now ?? new Date();
  return provider === "sqlite" ? restoreSqlite(file, options, now) : restorePostgres(file, options, now);
}

async function withClient<T>(url: string, work: (client: Db) => Promise<T>): Promise<T> {
  const client = createDb(url);
  try {
    return await work(client);
  } finally {
    await client.$disconnect();
  }
}

async function refuseIfRunning(url: string, options: RestoreOptions, now: Date): Promise<Instance[]> {
  const running = await withClient(url, (client) => runningInstances(client, now));
  if (running.length > 0 && !options.force) {
    const seconds = Math.max(0, Math.round((now.getTime() - running[0]!.seenAt.getTime()) / 1000));
    const where = running.map((instance) => `${instance.host} (process ${instance.pid})`).join(", ");
    throw new RestoreRefused(
      `The app is running on this database: ${running.length} instance(s) checked in during the last minute and a quarter, the latest ${seconds} s ago (${where}). ` +
        "Stop every instance first, then try again (a stopped instance stops counting within 75 seconds). " +
        "To restore anyway, add --force: people using the app at that moment may lose what they were saving. Nothing was changed.",
    );
  }
  return running;
}

function refuseIfNewer(status: SchemaStatus, empty: boolean): void {
  if (empty) {
    throw new RestoreRefused(
      "This file is a database, but not a backup of It Takes Two (it has no migration history). Nothing was changed.",
    );
  }
  const newer = newerDatabaseMessage(status, "This backup");
  if (newer) throw new RestoreRefused(`${newer} Nothing was changed.`);
}

// ---------------------------------------------------------------------------
// SQLite
// ---------------------------------------------------------------------------

function removeSqliteFiles(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}

async function restoreSqlite(file: string, options: RestoreOptions, now: Date): Promise<RestoreResult> {
  const target = sqliteFilePath(options.databaseUrl);
  mkdirSync(path.dirname(target), { recursive: true });
  // Check a private copy beside the database (same file system, so the final
  // rename is atomic): the backup itself is never opened for writing.
  const candidate = `${target}.restoring-${randomBytes(4).toString("hex")}`;
  copyFileSync(file, candidate);
  try {
    const problem = await sqliteIntegrityProblem(candidate);
    if (problem) {
      throw new RestoreRefused(
        `${path.basename(file)} is damaged or incomplete (SQLite says: ${problem}). It cannot be restored. Nothing was changed.`,
      );
    }
    const status = await withClient(`file:${candidate}`, (client) => schemaStatus(client, "sqlite", options.root));
    refuseIfNewer(status, status.applied.length === 0);

    const forcedPast = existsSync(target) ? await refuseIfRunning(options.databaseUrl, options, now) : [];

    let keptAside: string | null = null;
    if (existsSync(target)) {
      mkdirSync(options.backupDir, { recursive: true });
      keptAside = path.join(options.backupDir, `before-restore-${stamp(now)}.db`);
      try {
        await withClient(options.databaseUrl, (client) => copySqlite(client, keptAside!));
      } catch {
        // A damaged database (often the reason for a restore) cannot be
        // vacuumed: keep its files as they are instead.
        rmSync(keptAside, { force: true });
        copyFileSync(target, keptAside);
        if (existsSync(`${target}-wal`)) copyFileSync(`${target}-wal`, `${keptAside}-wal`);
      }
    }
    // The old write-ahead log belongs to the old file: it must not be replayed
    // into the restored one.
    for (const suffix of ["-wal", "-shm", "-journal"]) rmSync(target + suffix, { force: true });
    renameSync(candidate, target);
    const after = await withClient(options.databaseUrl, (client) => schemaStatus(client, "sqlite", options.root));
    return { provider: "sqlite", keptAside, pending: after.pending, forcedPast };
  } finally {
    removeSqliteFiles(candidate);
  }
}

// ---------------------------------------------------------------------------
// PostgreSQL
// ---------------------------------------------------------------------------

/** The finished migrations in a plain-SQL dump's COPY block for _prisma_migrations, or null when it has none. */
export function migrationsInDump(sql: string): string[] | null {
  const header = /^COPY public\._prisma_migrations \(([^)]*)\) FROM stdin;$/m.exec(sql);
  if (!header) return null;
  const columns = header[1]!.split(",").map((column) => column.trim().replace(/^"|"$/g, ""));
  const nameAt = columns.indexOf("migration_name");
  const finishedAt = columns.indexOf("finished_at");
  const rolledBackAt = columns.indexOf("rolled_back_at");
  const body = sql.slice(header.index + header[0].length + 1);
  const names: string[] = [];
  for (const line of body.split("\n")) {
    if (line === "\\.") break;
    const fields = line.split("\t");
    if (fields[finishedAt] === "\\N" || (rolledBackAt >= 0 && fields[rolledBackAt] !== "\\N")) continue;
    if (fields[nameAt]) names.push(fields[nameAt]);
  }
  return names.sort();
}

async function restorePostgres(file: string, options: RestoreOptions, now: Date): Promise<RestoreResult> {
  const url = options.databaseUrl;
  const serverMajor = await withClient(url, (client) => serverMajorVersion(client));
  const work = path.join(os.tmpdir(), `trust-course-restore-${randomBytes(4).toString("hex")}`);
  mkdirSync(work, { recursive: true });
  try {
    // pg_restore reads the whole archive to write it out as SQL: a truncated
    // or damaged archive fails here, before the database is touched.
    const script = path.join(work, "restore.sql");
    const converted = await runTool("pg_restore", url, ["--no-owner", "--no-privileges", `--file=${script}`, file], {
      serverMajor,
      connect: false,
    });
    if (converted.code !== 0) {
      throw new RestoreRefused(
        `${path.basename(file)} is damaged or incomplete (pg_restore says: ${converted.stderr.split("\n")[0]}). It cannot be restored. Nothing was changed.`,
      );
    }
    const sql = readFileSync(script, "utf8");
    const applied = migrationsInDump(sql);
    const known = new Set(knownMigrations("postgresql", options.root));
    const status: SchemaStatus = {
      provider: "postgresql",
      applied: applied ?? [],
      latest: applied?.at(-1) ?? null,
      unknown: (applied ?? []).filter((name) => !known.has(name)),
      pending: [],
    };
    refuseIfNewer(status, !applied || applied.length === 0);

    const forcedPast = await refuseIfRunning(url, options, now);

    let keptAside: string | null = null;
    const tables = await withClient(url, (client) =>
      client.$queryRawUnsafe<{ count: bigint | number }[]>(
        "SELECT count(*) AS count FROM pg_tables WHERE schemaname = 'public'",
      ),
    );
    if (Number(tables[0]?.count ?? 0) > 0) {
      mkdirSync(options.backupDir, { recursive: true });
      keptAside = path.join(options.backupDir, `before-restore-${stamp(now)}.dump`);
      const aside = await runTool("pg_dump", url, ["--format=custom", `--file=${keptAside}`], { serverMajor });
      if (aside.code !== 0) {
        rmSync(keptAside, { force: true });
        throw new RestoreRefused(
          `Could not keep the current database aside first (pg_dump says: ${aside.stderr}). Nothing was changed.`,
        );
      }
    }

    // One transaction: the old schema goes and the backup comes in together,
    // or neither happens.
    const wrapped = path.join(work, "replace.sql");
    writeFileSync(wrapped, `DROP SCHEMA IF EXISTS public CASCADE;\nCREATE SCHEMA public;\n${sql}`);
    const replaced = await runTool(
      "psql",
      url,
      ["--no-psqlrc", "--quiet", "--single-transaction", "--set=ON_ERROR_STOP=1", `--file=${wrapped}`],
      { serverMajor },
    );
    if (replaced.code !== 0) {
      throw new RestoreRefused(
        `Loading the backup failed and was rolled back (psql says: ${replaced.stderr.split("\n")[0]}). The database is as it was${keptAside ? `; a copy of it is also in ${keptAside}` : ""}.`,
      );
    }
    const after = await withClient(url, (client) => schemaStatus(client, "postgresql", options.root));
    return { provider: "postgresql", keptAside, pending: after.pending, forcedPast };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
