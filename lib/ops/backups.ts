// Backups of the app's database, taken while the app runs: `VACUUM INTO` for
// the SQLite file (a consistent copy from one read transaction, checked with
// `PRAGMA integrity_check`), `pg_dump --format=custom` for PostgreSQL (one
// snapshot). Each is written under a temporary name and renamed when whole,
// recorded in BackupRun, and only the newest BACKUP_KEEP are kept.
// Used by `npm run backup`, the app's schedule and the admin page; not
// server-only. See docs/operations/backups.md and docs/decisions/040-backups-and-restore.md.
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { createDb, providerOf, type Db, type DbProvider } from "../db/client";
import { runTool, serverMajorVersion } from "./pg-tools";

export type BackupTrigger = "manual" | "scheduled";

const PREFIX = "trust-course-";
const EXTENSIONS: Record<DbProvider, string> = { sqlite: ".db", postgresql: ".dump" };
/** Only files with exactly this shape are ever deleted by pruning. */
export const BACKUP_FILE_PATTERN = /^trust-course-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.(db|dump)$/;

/** trust-course-2026-11-30T13-45-12-345Z.db: sorts by time, safe on every file system. */
export function backupFileName(provider: DbProvider, at: Date): string {
  return `${PREFIX}${at.toISOString().replace(/[:.]/g, "-")}${EXTENSIONS[provider]}`;
}

/** The backups this code made in `dir`, oldest first. */
export function listBackups(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((name) => BACKUP_FILE_PATTERN.test(name)).sort();
}

/** Deletes all but the newest `keep` backups; returns the names deleted. */
export function pruneBackups(dir: string, keep: number): string[] {
  const all = listBackups(dir);
  const old = all.slice(0, Math.max(0, all.length - keep));
  for (const name of old) rmSync(path.join(dir, name), { force: true });
  return old;
}

function sqliteQuote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** `VACUUM INTO` through `client` (the live database), then an integrity check on the copy. */
export async function copySqlite(client: Pick<Db, "$executeRawUnsafe">, target: string): Promise<void> {
  await client.$executeRawUnsafe(`VACUUM INTO ${sqliteQuote(target)}`);
  const problem = await sqliteIntegrityProblem(target);
  if (problem) throw new Error(`The copy failed its integrity check: ${problem}`);
}

/** null when `PRAGMA integrity_check` says ok, otherwise what it (or opening the file) said. */
export async function sqliteIntegrityProblem(file: string): Promise<string | null> {
  const copy = createDb(`file:${file}`);
  try {
    const rows = await copy.$queryRawUnsafe<{ integrity_check: string }[]>("PRAGMA integrity_check");
    const messages = rows.map((row) => row.integrity_check);
    return messages.length === 1 && messages[0] === "ok" ? null : messages.slice(0, 3).join("; ");
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Prisma wraps the driver's words in a few lines of its own.
    return /Message: `([^`]+)`/.exec(message)?.[1] ?? message.trim().split("\n").at(-1) ?? message;
  } finally {
    await copy.$disconnect();
  }
}

/** `pg_dump --format=custom` of the database at `url` into `target`, checked by listing it with pg_restore. */
export async function dumpPostgres(client: Pick<Db, "$queryRawUnsafe">, url: string, target: string): Promise<void> {
  const serverMajor = await serverMajorVersion(client);
  const dump = await runTool("pg_dump", url, ["--format=custom", `--file=${target}`], {
    serverMajor,
  });
  if (dump.code !== 0) {
    const versionHint = /server version mismatch/i.test(dump.stderr)
      ? ` Install pg_dump of your server's major version (${serverMajor ?? "see the message"}) or newer, e.g. the Debian package postgresql-client-${serverMajor ?? "<version>"}.`
      : "";
    throw new Error(`pg_dump failed: ${dump.stderr || `exit code ${dump.code}`}.${versionHint}`);
  }
  const list = await runTool("pg_restore", url, ["--list", target], { serverMajor, connect: false });
  if (list.code !== 0) throw new Error(`The dump could not be read back: ${list.stderr}`);
}

export type BackupOptions = {
  /** A client on the database to back up (the app's own, or one a script made). */
  client: Db;
  databaseUrl: string;
  dir: string;
  keep: number;
  trigger: BackupTrigger;
  now?: () => Date;
};

export type BackupResult = {
  file: string;
  sizeBytes: number;
  deleted: string[];
  startedAt: Date;
  finishedAt: Date;
  /** false when the database could not take the BackupRun row (the file is fine). */
  recorded: boolean;
};

/**
 * Takes one backup and records it in BackupRun (the row is written after the
 * copy, so the copy never holds a half-finished row about itself). Throws,
 * after recording the failure, when the backup could not be taken.
 */
export async function takeBackup(options: BackupOptions): Promise<BackupResult> {
  const now = options.now ?? (() => new Date());
  const provider = providerOf(options.databaseUrl);
  const startedAt = now();
  const name = backupFileName(provider, startedAt);
  const file = path.join(options.dir, name);
  // Written under a name pruning never matches, and renamed only when whole
  // and checked: a crash leaves no file that looks like a backup.
  const partial = `${file}.partial-${randomBytes(4).toString("hex")}`;
  try {
    mkdirSync(options.dir, { recursive: true });
    if (provider === "sqlite") await copySqlite(options.client, partial);
    else await dumpPostgres(options.client, options.databaseUrl, partial);
    renameSync(partial, file);
    const sizeBytes = statSync(file).size;
    const finishedAt = now();
    // The backup is good even when it cannot be recorded (a database not
    // yet migrated to this version has no BackupRun table).
    const recorded = await options.client.backupRun
      .create({ data: { trigger: options.trigger, provider, startedAt, finishedAt, file: name, sizeBytes, ok: true } })
      .then(
        () => true,
        () => false,
      );
    const deleted = pruneBackups(options.dir, options.keep);
    return { file, sizeBytes, deleted, startedAt, finishedAt, recorded };
  } catch (error) {
    try {
      rmSync(partial, { force: true });
    } catch {
      // The folder itself is the problem (not a folder, not writable).
    }
    const message = error instanceof Error ? error.message : String(error);
    await options.client.backupRun
      .create({
        data: {
          trigger: options.trigger,
          provider,
          startedAt,
          finishedAt: now(),
          ok: false,
          error: message.slice(0, 2000),
        },
      })
      // The failure is what the caller hears about; a database that cannot
      // take the record either is part of the same trouble.
      .catch(() => undefined);
    throw error;
  }
}

export type LastBackup = { finishedAt: Date; sizeBytes: number; file: string; trigger: string };

/** The newest backup that worked, or null when there has been none. */
export async function lastBackup(client: Pick<Db, "backupRun">): Promise<LastBackup | null> {
  const row = await client.backupRun.findFirst({
    where: { ok: true },
    orderBy: { finishedAt: "desc" },
    select: { finishedAt: true, sizeBytes: true, file: true, trigger: true },
  });
  if (!row) return null;
  return {
    finishedAt: row.finishedAt,
    sizeBytes: Number(row.sizeBytes ?? 0),
    file: row.file ?? "",
    trigger: row.trigger,
  };
}
