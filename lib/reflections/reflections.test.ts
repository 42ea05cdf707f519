import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { REVISION_GAP_MS } from "./limits";
import { deleteAllEntries, deleteEntry, entriesForLesson, saveReflection, type SaveInput } from "./reflections";
import { shareEntry, stopSharing } from "../cohorts/sharing";
import { NotFoundError } from "../errors/errors";
import { promptHistory } from "./prompt-history";

// The journal's page for one question (promptHistory) is how the app reads a
// learner's answers to a prompt, each with its earlier versions.
async function entriesForPrompt(learner: SessionUser, promptId: string) {
  return (await promptHistory(learner, promptId))?.entries ?? [];
}

async function getEntry(learner: SessionUser, id: string) {
  return (await entriesForPrompt(learner, "whats-your-part")).find((entry) => entry.id === id) ?? null;
}

let counter = 0;
async function person(role: SessionUser["role"] = "learner"): Promise<SessionUser> {
  counter += 1;
  const id = `${role}-${counter}-${randomUUID().slice(0, 6)}`;
  await db().user.create({ data: { id, name: id, email: `${id}@example.org`, role } });
  return { id, name: id, email: `${id}@example.org`, role };
}

const input = (body: string, baseVersion = 0): SaveInput => ({
  promptId: "whats-your-part",
  lessonKey: "check-yourself-first/whats-your-part",
  promptText: "What's your part?",
  body,
  baseVersion,
});

describe("saving reflections", () => {
  it("creates an entry with the prompt as seen, then updates it version by version", async () => {
    const learner = await person();
    const id = randomUUID();
    const first = await saveReflection(learner, id, input("I left Sam out of the loop."));
    expect(first).toMatchObject({
      status: "saved",
      entry: { version: 1, promptText: "What's your part?" },
    });
    // The save answers with the entry alone, never who it is shared with (that is not loaded on a save).
    expect(Object.keys(first.status === "saved" ? first.entry : {}).sort()).toEqual(
      ["body", "createdAt", "id", "lessonKey", "promptId", "promptText", "updatedAt", "version"].sort(),
    );
    const second = await saveReflection(learner, id, input("I left Sam out of the loop twice.", 1));
    expect(second).toMatchObject({ status: "saved", entry: { version: 2, body: "I left Sam out of the loop twice." } });
    const row = await db().reflection.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ userId: learner.id, version: 2, body: "I left Sam out of the loop twice." });
    expect(await db().reflectionShare.count({ where: { reflectionId: id } })).toBe(0);
  });

  it("is idempotent: the same save sent twice (a retry) makes one entry and one version", async () => {
    const learner = await person();
    const id = randomUUID();
    const results = await Promise.all([
      saveReflection(learner, id, input("Same text")),
      saveReflection(learner, id, input("Same text")),
    ]);
    expect(results.map((r) => r.status)).toEqual(["saved", "saved"]);
    expect(await db().reflection.count({ where: { id } })).toBe(1);
    await saveReflection(learner, id, input("Next text", 1));
    // The retry of the second save arrives late: still fine, still one version bump.
    expect(await saveReflection(learner, id, input("Next text", 1))).toMatchObject({
      status: "saved",
      entry: { version: 2 },
    });
  });

  it("never overwrites a newer text: a stale save is a conflict and changes nothing", async () => {
    const learner = await person();
    const id = randomUUID();
    await saveReflection(learner, id, input("Tab one, first"));
    await saveReflection(learner, id, input("Tab one, second", 1));
    const stale = await saveReflection(learner, id, input("Tab two, from version 1", 1));
    expect(stale).toMatchObject({ status: "conflict", entry: { version: 2, body: "Tab one, second" } });
    expect((await db().reflection.findUniqueOrThrow({ where: { id } })).body).toBe("Tab one, second");
  });

  it("two tabs saving different texts from the same version at once: one is saved, the other is a conflict", async () => {
    const learner = await person();
    const id = randomUUID();
    await saveReflection(learner, id, input("Start"));
    const results = await Promise.all([
      saveReflection(learner, id, input("From tab one", 1)),
      saveReflection(learner, id, input("From tab two", 1)),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["conflict", "saved"]);
    const saved = results.find((r) => r.status === "saved");
    const row = await db().reflection.findUniqueOrThrow({ where: { id } });
    expect(row.version).toBe(2);
    expect(saved?.status === "saved" && saved.entry.body).toBe(row.body);
  });

  it("does not bump the version when the text sent is the text already saved", async () => {
    const learner = await person();
    const id = randomUUID();
    await saveReflection(learner, id, input("Unchanged"));
    expect(await saveReflection(learner, id, input("Unchanged", 1))).toMatchObject({
      status: "saved",
      entry: { version: 1, body: "Unchanged" },
    });
    expect((await db().reflection.findUniqueOrThrow({ where: { id } })).version).toBe(1);
  });

  it("keeps the earlier text as a revision when the learner comes back later", async () => {
    const learner = await person();
    const id = randomUUID();
    const start = new Date("2026-05-01T09:00:00Z");
    await saveReflection(learner, id, input("Draft one"), start);
    await saveReflection(learner, id, input("Draft one, typing on", 1), new Date(start.getTime() + 5_000));
    await saveReflection(learner, id, input("A week later", 2), new Date(start.getTime() + REVISION_GAP_MS * 100));
    const entry = await getEntry(learner, id);
    expect(entry?.body).toBe("A week later");
    expect(entry?.revisions.map((r) => r.body)).toEqual(["Draft one, typing on"]);
  });

  it("keeps each answer to a prompt as its own dated entry, newest first", async () => {
    const learner = await person();
    await saveReflection(learner, randomUUID(), input("First answer"), new Date("2026-05-01T09:00:00Z"));
    await saveReflection(learner, randomUUID(), input("A week later"), new Date("2026-05-08T09:00:00Z"));
    expect((await entriesForPrompt(learner, "whats-your-part")).map((e) => e.body)).toEqual([
      "A week later",
      "First answer",
    ]);
  });
});

describe("who can read and change a reflection", () => {
  it("no other learner, facilitator or admin can read, change, share or delete it through the data layer", async () => {
    const owner = await person("learner");
    const id = randomUUID();
    await saveReflection(owner, id, input("Private thoughts about Jordan"));
    // A cohort everyone below is in (the facilitator runs it): still not theirs to share.
    const runner = await person("facilitator");
    const cohort = await db().cohort.create({
      data: { name: "Everyone", facilitators: { create: { userId: runner.id } } },
      select: { id: true },
    });
    await db().cohortMember.create({ data: { cohortId: cohort.id, userId: owner.id } });
    for (const other of [await person("learner"), runner, await person("admin")]) {
      await db().cohortMember.create({ data: { cohortId: cohort.id, userId: other.id } });
      expect(await getEntry(other, id)).toBeNull();
      expect(await entriesForLesson(other, "check-yourself-first/whats-your-part")).toEqual([]);
      expect(await entriesForPrompt(other, "whats-your-part")).toEqual([]);
      const noSuchEntry = new NotFoundError("There is no such entry in your journal.");
      await expect(saveReflection(other, id, input("Overwritten!", 1))).rejects.toThrow(noSuchEntry);
      await expect(saveReflection(other, id, input("Overwritten!", 0))).rejects.toThrow(noSuchEntry);
      await expect(shareEntry(other, id, cohort.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(stopSharing(other, id, null)).rejects.toBeInstanceOf(NotFoundError);
      await expect(deleteEntry(other, id)).rejects.toBeInstanceOf(NotFoundError);
      expect(await deleteAllEntries(other)).toBe(0);
    }
    const row = await db().reflection.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ userId: owner.id, body: "Private thoughts about Jordan", version: 1 });
    expect(await db().reflectionShare.count({ where: { reflectionId: id } })).toBe(0);
  });

  it("lets the owner share, un-share and delete", async () => {
    const owner = await person();
    const id = randomUUID();
    await saveReflection(owner, id, input("Something to share"));
    const cohort = await db().cohort.create({ data: { name: "Mine" }, select: { id: true } });
    await db().cohortMember.create({ data: { cohortId: cohort.id, userId: owner.id } });
    expect(await shareEntry(owner, id, cohort.id)).toMatchObject({ status: "shared" });
    expect(await db().reflectionShare.count({ where: { reflectionId: id } })).toBe(1);
    // Saving again (the autosave) leaves the sharing as it is.
    await saveReflection(owner, id, input("Something to share, edited", 1));
    expect(await db().reflectionShare.count({ where: { reflectionId: id } })).toBe(1);
    expect(await stopSharing(owner, id, null)).toMatchObject({ status: "stopped", remaining: 0 });
    expect(await db().reflectionShare.count({ where: { reflectionId: id } })).toBe(0);
    await shareEntry(owner, id, cohort.id);
    await deleteEntry(owner, id);
    expect(await db().reflection.count({ where: { id } })).toBe(0);
    // Its shares went with it.
    expect(await db().reflectionShare.count({ where: { reflectionId: id } })).toBe(0);
  });
});
