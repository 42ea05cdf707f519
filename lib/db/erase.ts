import "server-only";
// Deleting what a person wrote so that it is gone from the database files
// too, not only from the tables (docs/decisions/019-erasing-for-real.md).
//
// On SQLite a deleted row's bytes stay in the file's free space, and older
// copies of its pages stay in the -wal file, until something overwrites them;
// so do earlier drafts of an answer that was edited before it was deleted.
// So every erase runs in a transaction whose connection has `secure_delete`
// on (SQLite then writes zeros over what it deletes), and afterwards VACUUM
// rebuilds the file from the rows that remain (the free space, with any old
// draft in it, is gone) and `wal_checkpoint(TRUNCATE)` empties the -wal file.
// The pragma is set inside the transaction because the driver opens a fresh
// connection after each transaction, which would not have it. VACUUM costs
// time in proportion to the database's size, which is why it runs only here,
// where a person has asked for something to be deleted.
//
// The same fresh connections do not enforce foreign keys either (SQLite does
// only when asked, per connection), so callers delete child rows by name
// rather than trusting ON DELETE CASCADE.
//
// On PostgreSQL a deleted row stays on disk until VACUUM reuses its space;
// docs/operations.md says what an operator does about that and about backups.
import { log } from "../log/logger";
import { dbProvider, dbReady, type Db } from "./client";

export type EraseClient = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export async function erase<T>(work: (tx: EraseClient) => Promise<T>): Promise<T> {
  const client = await dbReady();
  const sqlite = dbProvider() === "sqlite";
  const result = await client.$transaction(async (tx) => {
    if (sqlite) await tx.$queryRawUnsafe("PRAGMA secure_delete = ON");
    return work(tx);
  });
  if (sqlite) await compact(client);
  return result;
}

/** Rebuilds the SQLite file without free space, then empties the -wal file. */
async function compact(client: Db): Promise<void> {
  try {
    await client.$executeRawUnsafe("VACUUM");
  } catch (error) {
    // Another connection held the database for longer than the busy timeout.
    // The rows are deleted and zeroed; the next erase vacuums again.
    log.warn("erase.vacuum_skipped", { error });
  }
  await checkpoint(client);
}

/** Moves every page from the -wal file into the database file and empties the -wal file. */
async function checkpoint(client: Db): Promise<void> {
  // Busy while another connection is in the middle of reading; try again briefly.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const [row] = await client.$queryRawUnsafe<{ busy: number | bigint }[]>("PRAGMA wal_checkpoint(TRUNCATE)");
    if (Number(row?.busy ?? 0) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
  }
}
