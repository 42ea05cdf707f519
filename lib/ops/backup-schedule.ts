// The app's own backups every BACKUP_EVERY. Time is cut into slots of that
// length (counted from 1970, so every instance agrees on them); the first
// instance to insert the JobClaim row for a slot takes that slot's backup,
// and any other instance on the same database finds the key taken and does
// nothing. An instance that starts mid-slot takes the backup if nobody has.
import { isUniqueViolation } from "../db/unique";
import type { Db } from "../db/client";
import { takeBackup, type BackupResult } from "./backups";

export const BACKUP_JOB = "backup";
/** How often each instance looks whether the current slot's backup is due. */
export const BACKUP_CHECK_EVERY_MS = 60_000;

/** The start of the slot `now` falls in, as an ISO string (the claim's key). */
export function backupSlot(now: Date, everyMs: number): string {
  return new Date(Math.floor(now.getTime() / everyMs) * everyMs).toISOString();
}

/** true when this instance won the slot. */
export async function claimSlot(
  client: Pick<Db, "jobClaim">,
  job: string,
  slot: string,
  claimedBy: string,
): Promise<boolean> {
  try {
    await client.jobClaim.create({ data: { job, slot, claimedBy } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

export type ScheduledBackupOptions = {
  client: Db;
  databaseUrl: string;
  dir: string;
  keep: number;
  everyMs: number;
  instanceId: string;
  /** The moment to use instead of the clock (tests). */
  now?: Date;
};

export type ScheduledBackup =
  { status: "taken"; slot: string; backup: BackupResult } | { status: "not-due"; slot: string };

/** Takes the current slot's backup if no instance has claimed it yet. */
export async function runScheduledBackup(options: ScheduledBackupOptions): Promise<ScheduledBackup> {
  const slot = backupSlot(options.now ?? new Date(), options.everyMs);
  // A read first, so the once-a-minute look does not make the database log a
  // failed insert each time; the insert below is what decides.
  const taken = await options.client.jobClaim.findUnique({
    where: { job_slot: { job: BACKUP_JOB, slot } },
    select: { slot: true },
  });
  if (taken) return { status: "not-due", slot };
  const won = await claimSlot(options.client, BACKUP_JOB, slot, options.instanceId);
  if (!won) return { status: "not-due", slot };
  const backup = await takeBackup({
    client: options.client,
    databaseUrl: options.databaseUrl,
    dir: options.dir,
    keep: options.keep,
    trigger: "scheduled",
    now: options.now ? () => options.now! : undefined,
  });
  return { status: "taken", slot, backup };
}
