import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { createCohort, getCohort } from "./cohorts";
import { NotFoundError } from "../errors/errors";
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

/**
 * An entry of `owner`'s, shared with `cohortId` at `sharedAt` (null: private).
 * Every entry is written on the same day, so only the moment it was shared
 * can put the pages in order.
 */
async function share(owner: SessionUser, cohortId: string, body: string, sharedAt: Date | null): Promise<string> {
  const id = randomUUID();
  const written = new Date("2026-02-01T10:00:00.000Z");
  await db().reflection.create({
    data: {
      id,
      userId: owner.id,
      promptId: "whats-your-part",
      lessonKey: "check-yourself-first/whats-your-part",
      promptText: "What's your part?",
      body,
      createdAt: written,
      updatedAt: written,
      ...(sharedAt ? { shares: { create: { cohortId, sharedAt } } } : {}),
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
    for (let i = 0; i < 5; i += 1) ids.push(await share(i % 2 ? ana : ben, cohortId, `tie ${i}`, same));
    const newest = await share(ana, cohortId, "newest", new Date("2026-03-05T10:00:00.000Z"));
    const oldest = await share(ben, cohortId, "oldest", new Date("2026-03-01T10:00:00.000Z"));
    await share(ana, cohortId, "private", null);
    await share(ben, cohortId, "private too", null);

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
    expect(whole.entries[0]).toMatchObject({ body: "newest", sharedAt: new Date("2026-03-05T10:00:00.000Z") });
  });

  it("pages by when each entry was shared with this cohort, and a share made meanwhile moves nothing", async () => {
    const first = await cohortWith();
    const second = await cohortWith();
    const ana = await person("learner");
    await joinCohort(ana, first.inviteCode);
    await joinCohort(ana, second.inviteCode);
    const early = await share(ana, first.cohortId, "early here", new Date("2026-03-01T10:00:00.000Z"));
    const late = await share(ana, first.cohortId, "late here", new Date("2026-03-03T10:00:00.000Z"));
    // The early one reached the second cohort last: there it is the newest.
    await db().reflectionShare.create({
      data: { reflectionId: early, cohortId: second.cohortId, sharedAt: new Date("2026-03-09T10:00:00.000Z") },
    });
    await db().reflectionShare.create({
      data: { reflectionId: late, cohortId: second.cohortId, sharedAt: new Date("2026-03-04T10:00:00.000Z") },
    });
    const ids = async (f: SessionUser, cohortId: string) =>
      (await allPages(f, cohortId, 1)).flatMap((p) => p.entries.map((e) => [e.id, e.sharedAt.toISOString()]));
    expect(await ids(first.facilitator, first.cohortId)).toEqual([
      [late, "2026-03-03T10:00:00.000Z"],
      [early, "2026-03-01T10:00:00.000Z"],
    ]);
    expect(await ids(second.facilitator, second.cohortId)).toEqual([
      [early, "2026-03-09T10:00:00.000Z"],
      [late, "2026-03-04T10:00:00.000Z"],
    ]);

    // Reading page one, then a new share arrives before "Show older": page two starts where page one ended.
    const page = await sharedWithCohort(first.facilitator, first.cohortId, { pageSize: 1 });
    await share(ana, first.cohortId, "newer still", new Date("2026-03-10T10:00:00.000Z"));
    const next = await sharedWithCohort(first.facilitator, first.cohortId, { before: page.nextCursor, pageSize: 1 });
    expect(next.entries.map((e) => e.id)).toEqual([early]);
    expect(next).toMatchObject({ offset: 2, total: 3, nextCursor: null });
  });

  it("gives another facilitator nothing, cursor or not", async () => {
    const { facilitator, cohortId, inviteCode } = await cohortWith();
    const other = await cohortWith();
    const learner = await person("learner");
    await joinCohort(learner, inviteCode);
    await share(learner, cohortId, "first", new Date("2026-03-02T10:00:00.000Z"));
    await share(learner, cohortId, "second", new Date("2026-03-03T10:00:00.000Z"));
    const page = await sharedWithCohort(facilitator, cohortId, { pageSize: 1 });
    expect(page.nextCursor).not.toBeNull();

    await expect(sharedWithCohort(other.facilitator, cohortId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      sharedWithCohort(other.facilitator, cohortId, { before: page.nextCursor, pageSize: 1 }),
    ).rejects.toBeInstanceOf(NotFoundError);
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
