// Scheduled backups and pruning: two instances on one database take a slot's
// backup once between them; only the newest BACKUP_KEEP backups stay, and
// files the backups did not make are never deleted; a failed backup is
// recorded; lastBackup is the newest that worked.
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configureSqlite, createDb, dbReady, providerOf, type Db } from "../db/client";
import { testDatabaseProvider } from "../../tests/setup/test-database";
import { BACKUP_JOB, backupSlot, claimSlot, runScheduledBackup } from "./backup-schedule";
import { lastBackup, listBackups, takeBackup } from "./backups";

const provider = testDatabaseProvider();
const url = () => process.env.DATABASE_URL!;
const DAY = 24 * 60 * 60 * 1000;
let root: string;

beforeAll(async () => {
  await dbReady();
  root = mkdtempSync(path.join(os.tmpdir(), "trust-course-schedule-"));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

function folder(name: string): string {
  return path.join(root, name);
}

/** A client as one instance of the app has it. */
async function instanceClient(): Promise<Db> {
  const client = createDb(url());
  if (providerOf(url()) === "sqlite") await configureSqlite(client);
  return client;
}

describe(`scheduled backups on ${provider}`, () => {
  it("are taken once per slot when two instances try the same slot at the same moment", async () => {
    const dir = folder("scheduled");
    const [one, two] = [await instanceClient(), await instanceClient()];
    try {
      const now = new Date("2026-12-01T03:00:05Z");
      const tryBoth = (at: Date) =>
        Promise.all(
          [one, two].map((client, n) =>
            runScheduledBackup({
              client,
              databaseUrl: url(),
              dir,
              keep: 14,
              everyMs: DAY,
              instanceId: `instance-${n}`,
              now: at,
            }),
          ),
        );
      const first = await tryBoth(now);
      expect(first.map((result) => result.status).sort()).toEqual(["not-due", "taken"]);
      expect(listBackups(dir)).toHaveLength(1);

      // Later in the same day: nothing more. The next day: one more.
      expect((await tryBoth(new Date("2026-12-01T19:30:00Z"))).map((r) => r.status)).toEqual(["not-due", "not-due"]);
      const next = await tryBoth(new Date("2026-12-02T00:00:30Z"));
      expect(next.filter((result) => result.status === "taken")).toHaveLength(1);
      expect(listBackups(dir)).toHaveLength(2);

      const claims = await one.jobClaim.findMany({ where: { job: BACKUP_JOB }, orderBy: { slot: "asc" } });
      expect(claims.map((claim) => claim.slot)).toEqual([backupSlot(now, DAY), "2026-12-02T00:00:00.000Z"]);
      expect(await one.backupRun.count({ where: { trigger: "scheduled", ok: true } })).toBe(2);

      // The insert itself decides when both get past the look first.
      const won = await Promise.all(
        [one, two].map((client, n) => claimSlot(client, "race", "slot-1", `instance-${n}`)),
      );
      expect(won.sort()).toEqual([false, true]);
    } finally {
      await Promise.all([one.$disconnect(), two.$disconnect()]);
    }
  });
});

describe(`backups on ${provider}`, () => {
  it("keep only the newest BACKUP_KEEP, and never delete files they did not make", async () => {
    const dir = folder("keep");
    const client = await dbReady();
    const others = ["notes.txt", "trust-course-latest.db", "before-restore-2026-11-01T00-00-00-000Z.db"];
    await takeBackup({
      client,
      databaseUrl: url(),
      dir,
      keep: 3,
      trigger: "manual",
      now: () => new Date("2027-01-01T00:00:00Z"),
    });
    for (const name of others) writeFileSync(path.join(dir, name), "not a backup of ours");

    const made: string[] = [];
    for (let day = 2; day <= 6; day++) {
      const at = new Date(Date.UTC(2027, 0, day, 2));
      const result = await takeBackup({ client, databaseUrl: url(), dir, keep: 3, trigger: "manual", now: () => at });
      made.push(path.basename(result.file));
    }
    expect(listBackups(dir)).toEqual(made.slice(-3));
    expect(
      readdirSync(dir)
        .filter((name) => others.includes(name))
        .sort(),
    ).toEqual([...others].sort());

    const newest = await lastBackup(client);
    expect(newest).toEqual({
      file: made.at(-1),
      finishedAt: new Date(Date.UTC(2027, 0, 6, 2)),
      sizeBytes: statSync(path.join(dir, made.at(-1)!)).size,
      trigger: "manual",
    });
  });

  it("record a failure with its reason, and lastBackup still shows the newest that worked", async () => {
    const client = await dbReady();
    const before = await lastBackup(client);
    const blocked = folder("a-file-not-a-folder");
    writeFileSync(blocked, "");
    const at = new Date("2030-01-01T00:00:00Z");
    await expect(
      takeBackup({ client, databaseUrl: url(), dir: blocked, keep: 3, trigger: "scheduled", now: () => at }),
    ).rejects.toThrow();
    const failed = await client.backupRun.findFirstOrThrow({ where: { ok: false }, orderBy: { finishedAt: "desc" } });
    expect(failed).toMatchObject({ trigger: "scheduled", file: null, finishedAt: at });
    expect(failed.error).toMatch(/EEXIST|ENOTDIR/);
    expect(await lastBackup(client)).toEqual(before);
  });
});
