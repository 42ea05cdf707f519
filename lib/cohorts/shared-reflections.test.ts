import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { createCohort, getCohort } from "./cohorts";
import { AccessDeniedError } from "./errors";
import { joinCohort } from "./membership";
import { decodeCursor, encodeCursor } from "./shared-cursor";
import { sharedWithCohort, type SharedEntry } from "./shared-reflections";

let n = 0;
async function person(role: SessionUser["role"]): Promise<SessionUser> {
  n += 1;
  const id = `paging-${role}-${n}-${randomUUID().slice(0, 6)}`;
  const user = { id, name: id, email: `${id}@example.org`, role };
  await db().user.create({ data: user });
  return user;
}

async function cohortWith() {
  const facilitator = await person("facilitator");
  const cohortId = await createCohort(facilitator, { name: `Paging ${n}`, description: "" });
  const { inviteCode } = await getCohort(facilitator, cohortId);
  return { facilitator, cohortId, inviteCode: inviteCode ?? "" };
}

async function share(owner: SessionUser, body: string, sharedAt: Date | null): Promise<string> {
  const id = randomUUID();
  await db().reflection.create({
    data: {
      id,
      userId: owner.id,
      promptId: "whats-your-part",
      lessonKey: "check-yourself-first/whats-your-part",
      promptText: "What's your part?",
      body,
      sharedAt,
      createdAt: sharedAt ?? new Date(),
      updatedAt: sharedAt ?? new Date(),
    },
  });
  return id;
}

/** Every page, following the cursors, as the "Show older" links would. */
async function allPages(facilitator: SessionUser, cohortId: string, pageSize: number) {
  const pages: { entries: SharedEntry[]; offset: number; total: number }[] = [];
  let before = null;
  do {
    // The cursor goes through the address and back, as it does in the browser.
    const page = await sharedWithCohort(facilitator, cohortId, { before, pageSize });
    pages.push(page);
    before = page.nextCursor ? decodeCursor(encodeCursor(page.nextCursor)) : null;
  } while (before && pages.length < 20);
  return pages;
}

describe("paging through shared reflections", () => {
  it("shows every shared entry once, newest first, ties in a stable order, with a count", async () => {
    const { facilitator, cohortId, inviteCode } = await cohortWith();
    const ana = await person("learner");
    const ben = await person("learner");
    await joinCohort(ana, inviteCode);
    await joinCohort(ben, inviteCode);
    // Seven entries, five of them shared at the very same moment, and two private ones.
    const same = new Date("2026-03-02T10:00:00.000Z");
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) ids.push(await share(i % 2 ? ana : ben, `tie ${i}`, same));
    const newest = await share(ana, "newest", new Date("2026-03-05T10:00:00.000Z"));
    const oldest = await share(ben, "oldest", new Date("2026-03-01T10:00:00.000Z"));
    await share(ana, "private", null);
    await share(ben, "private too", null);

    const expected = [newest, ...[...ids].sort(), oldest];
    const pages = await allPages(facilitator, cohortId, 2);
    expect(pages.map((p) => p.entries.length)).toEqual([2, 2, 2, 1]);
    expect(pages.map((p) => p.offset)).toEqual([0, 2, 4, 6]);
    expect(pages.every((p) => p.total === 7)).toBe(true);
    expect(pages.flatMap((p) => p.entries.map((e) => e.id))).toEqual(expected);

    // The same walk again gives the same order; one big page agrees with it.
    expect((await allPages(facilitator, cohortId, 2)).flatMap((p) => p.entries.map((e) => e.id))).toEqual(expected);
    const whole = await sharedWithCohort(facilitator, cohortId);
    expect(whole.entries.map((e) => e.id)).toEqual(expected);
    expect(whole.nextCursor).toBeNull();
    expect(whole.total).toBe(7);
  });

  it("gives another facilitator nothing, cursor or not", async () => {
    const { facilitator, cohortId, inviteCode } = await cohortWith();
    const other = await cohortWith();
    const learner = await person("learner");
    await joinCohort(learner, inviteCode);
    await share(learner, "first", new Date("2026-03-02T10:00:00.000Z"));
    await share(learner, "second", new Date("2026-03-03T10:00:00.000Z"));
    const page = await sharedWithCohort(facilitator, cohortId, { pageSize: 1 });
    expect(page.nextCursor).not.toBeNull();

    await expect(sharedWithCohort(other.facilitator, cohortId)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(
      sharedWithCohort(other.facilitator, cohortId, { before: page.nextCursor, pageSize: 1 }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    // Their own cohort with this cursor shows only their own cohort's entries: none.
    expect(await sharedWithCohort(other.facilitator, other.cohortId, { before: page.nextCursor })).toMatchObject({
      entries: [],
      total: 0,
      nextCursor: null,
    });
  });

  it("reads only cursors it could have written", () => {
    const cursor = { sharedAt: new Date("2026-03-02T10:00:00.000Z"), id: randomUUID() };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    for (const bad of ["", "abc", "123", ".abc", "123.", "1.a b", "1.a/b", `${"9".repeat(16)}.x`]) {
      expect(decodeCursor(bad), bad).toBeNull();
    }
  });
});
