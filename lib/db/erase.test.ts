// Deleted means deleted from the files: after an answer or an account is
// deleted, none of its text can be read back from the SQLite database file or
// its -wal file (lib/db/erase.ts). On PostgreSQL the rows are gone from the
// tables; what stays on disk until VACUUM is the operator's side
// (docs/operations.md), so there this test checks the tables only.
import { randomUUID } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { deleteAccount } from "../account/delete-account";
import type { SessionUser } from "../auth/session";
import { deleteEntry, saveReflection } from "../reflections/reflections";
import { REVISION_GAP_MS } from "../reflections/limits";
import { db, dbProvider, sqliteFilePath } from "./client";
import { env } from "../env";

const sqlite = dbProvider() === "sqlite";

/** Every place on disk SQLite may keep bytes of the database. */
function databaseBytes(): Buffer {
  const file = sqliteFilePath(env().databaseUrl);
  return Buffer.concat(
    ["", "-wal", "-journal"].map((suffix) =>
      existsSync(file + suffix) ? readFileSync(file + suffix) : Buffer.alloc(0),
    ),
  );
}

const onDisk = (marker: string) => databaseBytes().includes(Buffer.from(marker, "utf8"));

async function learner(): Promise<SessionUser> {
  const id = randomUUID();
  const user = { id, name: `Erased ${id.slice(0, 6)}`, email: `erased-${id}@example.org`, role: "learner" as const };
  await db().user.create({ data: user });
  return user;
}

/** An answer with an earlier version and a reply, all carrying `marker`; long enough to need overflow pages. */
async function answer(person: SessionUser, marker: string): Promise<string> {
  const id = randomUUID();
  const prompt = {
    promptId: "whats-your-part",
    lessonKey: "check-yourself-first/whats-your-part",
    promptText: "What's your part?",
  };
  const start = new Date(Date.now() - 2 * REVISION_GAP_MS);
  const long = `${marker} first draft. ${"I kept Sam out of the loop on the rota change. ".repeat(120)}`;
  await saveReflection(person, id, { ...prompt, body: long, baseVersion: 0 }, start);
  // Saved again after the revision gap: the first text becomes an earlier version (in a transaction).
  await saveReflection(person, id, { ...prompt, body: `${marker} second draft, shorter.`, baseVersion: 1 });
  const facilitator = await db().user.create({
    data: { id: randomUUID(), name: "Priya", email: `priya-${randomUUID()}@example.org`, role: "facilitator" },
  });
  await db().reflectionReply.create({ data: { reflectionId: id, authorId: facilitator.id, body: `${marker} reply` } });
  return id;
}

describe("erasing", () => {
  it("leaves none of a deleted answer's text, its earlier versions or its replies in the database files", async () => {
    const person = await learner();
    const marker = `ERASE-ME-${randomUUID()}`;
    const kept = `KEEP-ME-${randomUUID()}`;
    const id = await answer(person, marker);
    await answer(person, kept);
    if (sqlite) {
      await db().$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
      expect(onDisk(marker), "the text is in the file before (so this test can fail)").toBe(true);
    }

    await deleteEntry(person, id);

    expect(await db().reflection.count({ where: { id } })).toBe(0);
    expect(await db().reflectionRevision.count({ where: { reflectionId: id } })).toBe(0);
    expect(await db().reflectionReply.count({ where: { reflectionId: id } })).toBe(0);
    if (sqlite) {
      expect(onDisk(marker), "the deleted text in the database or -wal file").toBe(false);
      expect(onDisk(kept), "another answer is still there").toBe(true);
    }
  });

  it("leaves none of a deleted account's text in the database files", async () => {
    const person = await learner();
    const marker = `GONE-WITH-ACCOUNT-${randomUUID()}`;
    await answer(person, marker);
    await answer(person, `${marker}-again`);
    await db().user.update({ where: { id: person.id }, data: { name: `${marker} name` } });
    if (sqlite) {
      await db().$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
      expect(onDisk(marker)).toBe(true);
    }

    await deleteAccount(person);

    expect(await db().reflection.count({ where: { userId: person.id } })).toBe(0);
    if (sqlite) expect(onDisk(marker), "the deleted account's text on disk").toBe(false);
  });
});
