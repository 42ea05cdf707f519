// A backup taken while learners are saving holds a consistent copy: restored
// into an empty database, every save acknowledged before the backup started
// is there, each entry is exactly a state some save left it in, and a backup
// of a quiet database restores to the same rows, table by table.
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../auth/session";
import { createDb, dbReady } from "../db/client";
import { saveReflection } from "../reflections/reflections";
import { allRows } from "../../tests/setup/database-rows";
import { createEmptyTestDatabase, testDatabaseProvider, type TestDatabase } from "../../tests/setup/test-database";
import { lastBackup, takeBackup } from "./backups";
import { restoreBackup } from "./restore";

const run = promisify(execFile);
const TSX = path.resolve("node_modules/tsx/dist/cli.mjs");
const provider = testDatabaseProvider();
const url = () => process.env.DATABASE_URL!;
const PROMPT = { promptId: "whats-your-part", lessonKey: "check-yourself-first/whats-your-part", promptText: "?" };
let dir: string;
const empties: TestDatabase[] = [];

beforeAll(async () => {
  await dbReady();
  dir = mkdtempSync(path.join(os.tmpdir(), "trust-course-backups-"));
});

afterAll(async () => {
  await Promise.allSettled(empties.map((database) => database.drop()));
  rmSync(dir, { recursive: true, force: true });
});

async function learner(): Promise<SessionUser> {
  const id = randomUUID();
  const client = await dbReady();
  await client.user.create({ data: { id, name: "Ana", email: `${id}@example.org` } });
  return { id, name: "Ana", email: `${id}@example.org`, role: "learner" };
}

async function emptyDatabase(label: string): Promise<string> {
  const database = await createEmptyTestDatabase({ label, provider });
  empties.push(database);
  return database.url;
}

type Ack = { version: number; body: string; at: number };

describe(`a backup on ${provider}`, () => {
  it(
    "taken during saves restores every save acknowledged before it began, each entry as a save left it",
    { timeout: 60_000 },
    async () => {
      const ana = await learner();
      const entries = Array.from({ length: 4 }, () => randomUUID());
      const acks = new Map<string, Ack[]>(entries.map((id) => [id, []]));
      let writing = true;
      // Each writer autosaves its own entry over and over through the app's own
      // save function, a new version each time, and notes each acknowledgement.
      const writers = entries.map(async (id, n) => {
        let version = 0;
        while (writing) {
          const body = `Entry ${n}, draft ${version + 1}`;
          const result = await saveReflection(ana, id, { ...PROMPT, body, baseVersion: version });
          expect(result.status).toBe("saved");
          version = result.entry.version;
          acks.get(id)!.push({ version, body, at: Date.now() });
          // A breath between autosaves (and a turn for the timers: the SQLite
          // driver can answer without ever leaving the microtask queue).
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      });
      // Until every entry has a few saves behind it.
      while ([...acks.values()].some((saved) => saved.length < 3)) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }

      // `npm run backup` itself, in its own process, as an operator runs it.
      const startedAt = Date.now();
      const savesBefore = [...acks.values()].flat().length;
      let stdout: string;
      let savesDuring: number;
      try {
        ({ stdout } = await run(process.execPath, [TSX, "scripts/backup.ts"], {
          env: { ...process.env, DATABASE_URL: url(), BACKUP_DIR: dir },
        }));
        savesDuring = [...acks.values()].flat().length - savesBefore;
      } finally {
        writing = false;
        await Promise.all(writers);
      }
      expect(savesDuring, "the app kept saving while the backup ran").toBeGreaterThan(0);
      const printed = /^Backup saved: (\S+) \(\d+ KB\)\.$/m.exec(stdout);
      expect(printed, stdout).not.toBeNull();
      const backup = { file: printed![1]! };
      expect(path.dirname(backup.file)).toBe(dir);

      const target = await emptyDatabase("restored_busy");
      const restored = await restoreBackup({ file: backup.file, databaseUrl: target, backupDir: dir });
      expect(restored).toMatchObject({ keptAside: null, pending: [], forcedPast: [] });

      const copy = createDb(target);
      try {
        for (const id of entries) {
          const saved = acks.get(id)!;
          const before = saved.filter((ack) => ack.at < startedAt).at(-1);
          expect(before, "some saves were acknowledged before the backup began").toBeDefined();
          const row = await copy.reflection.findUniqueOrThrow({ where: { id }, select: { version: true, body: true } });
          expect(row.version).toBeGreaterThanOrEqual(before!.version);
          // The row is exactly what one acknowledged save wrote: no torn write.
          expect(saved.find((ack) => ack.version === row.version)?.body).toBe(row.body);
        }
      } finally {
        await copy.$disconnect();
      }
      // The saves did go on while the backup ran: the source is further along.
      const source = await dbReady();
      expect(await source.reflection.count({ where: { userId: ana.id } })).toBe(entries.length);
    },
  );

  it("of a quiet database restores to the same rows in every table", async () => {
    const ana = await learner();
    await saveReflection(ana, randomUUID(), { ...PROMPT, body: "What I noticed.", baseVersion: 0 });
    const before = await allRows(url());
    expect(before.Reflection!.length).toBeGreaterThan(0);
    expect(before._prisma_migrations!.length).toBeGreaterThan(0);

    const client = createDb(url());
    let file: string;
    try {
      ({ file } = await takeBackup({ client, databaseUrl: url(), dir, keep: 14, trigger: "manual" }));
    } finally {
      await client.$disconnect();
    }
    const target = await emptyDatabase("restored_quiet");
    await restoreBackup({ file, databaseUrl: target, backupDir: dir });
    expect(await allRows(target)).toEqual(before);

    // The run is recorded in the source after the copy was made.
    const newest = await lastBackup(await dbReady());
    expect(newest).toMatchObject({ file: path.basename(file), trigger: "manual", sizeBytes: statSync(file).size });
  });
});
