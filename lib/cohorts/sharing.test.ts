// Sharing is per entry and per cohort: who may share what with whom, who can
// then read it and reply, and what leaving, joining later and archiving do.
// See docs/decisions/016-per-cohort-sharing.md.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { addCoFacilitator, createCohort, getCohort, setArchived } from "./cohorts";
import { NotFoundError, RuleError } from "../errors/errors";
import { ENTRY_GONE_MESSAGE, NOT_YOUR_COHORT_MESSAGE } from "./visibility";

const GONE = new NotFoundError(ENTRY_GONE_MESSAGE);
const NOT_YOURS = new RuleError(NOT_YOUR_COHORT_MESSAGE, { field: "cohortId" });
import { joinCohort, leaveCohort } from "./membership";
import {
  canFacilitatorRead,
  markRepliesRead,
  replyToReflection,
  repliesToMyEntries,
  sharedWithCohort,
  unreadReplyCount,
} from "./shared-reflections";
import {
  cohortsToShareWith,
  entrySharedWith,
  learnerCohorts,
  sharedCohorts,
  sharedCountsByCohort,
  shareEntry,
  sharesOf,
  stopSharing,
} from "./sharing";
import { visibilityLabel } from "./visibility";

let n = 0;
async function person(role: SessionUser["role"], name: string): Promise<SessionUser> {
  n += 1;
  const id = `sharing-${role}-${n}-${randomUUID().slice(0, 6)}`;
  const user = { id, name, email: `${id}@example.org`, role };
  await db().user.create({ data: user });
  return user;
}

async function cohort(facilitator: SessionUser, name: string) {
  const cohortId = await createCohort(facilitator, { name, description: "" });
  const { inviteCode } = await getCohort(facilitator, cohortId);
  return { id: cohortId, inviteCode: inviteCode ?? "", name };
}

async function entry(owner: SessionUser, body: string): Promise<string> {
  const id = randomUUID();
  await db().reflection.create({
    data: {
      id,
      userId: owner.id,
      promptId: "whats-your-part",
      lessonKey: "check-yourself-first/whats-your-part",
      promptText: "What's your part?",
      body,
    },
  });
  return id;
}

const bodies = async (f: SessionUser, cohortId: string) =>
  (await sharedWithCohort(f, cohortId)).entries.map((e) => e.body);

/** The label the learner sees on an entry, as the journal builds it. */
async function labelOf(learner: SessionUser, entryId: string): Promise<string> {
  const [shares, cohorts] = await Promise.all([sharesOf(learner, [entryId]), learnerCohorts(learner)]);
  return visibilityLabel(sharedCohorts(shares.get(entryId), cohorts));
}

describe("sharing one entry with one cohort", () => {
  it("shares only the learner's own entry, only with a cohort they are in that is not archived, once", async () => {
    const priya = await person("facilitator", "Priya Raman");
    const sam = await person("facilitator", "Sam Okafor");
    const support = await cohort(priya, "Support team");
    const leads = await cohort(sam, "Leads");
    const old = await cohort(priya, "Old team");
    const mei = await person("learner", "Mei Chen");
    const leo = await person("learner", "Leo Martins");
    await joinCohort(mei, support.inviteCode);
    await joinCohort(mei, old.inviteCode);
    await joinCohort(leo, support.inviteCode);
    await setArchived(priya, old.id, true);
    const meis = await entry(mei, "Mei's part");
    const leos = await entry(leo, "Leo's part");

    // A cohort she isn't in, an archived one, one that doesn't exist: the same answer.
    await expect(shareEntry(mei, meis, leads.id)).rejects.toThrow(NOT_YOURS);
    await expect(shareEntry(mei, meis, old.id)).rejects.toThrow(NOT_YOURS);
    await expect(shareEntry(mei, meis, "no-such-cohort")).rejects.toThrow(NOT_YOURS);
    // Someone else's entry, or one that doesn't exist, even into a cohort the caller is in.
    await expect(shareEntry(leo, meis, support.id)).rejects.toThrow(GONE);
    await expect(shareEntry(priya, meis, support.id)).rejects.toThrow(GONE);
    await expect(shareEntry(mei, randomUUID(), support.id)).rejects.toThrow(GONE);
    await expect(shareEntry(mei, leos, support.id)).rejects.toThrow(GONE);
    expect(await db().reflectionShare.count()).toBe(0);

    const at = new Date("2026-04-01T10:00:00.000Z");
    expect(await shareEntry(mei, meis, support.id, at)).toEqual({
      status: "shared",
      already: false,
      cohort: { id: support.id, name: "Support team", archived: false, facilitators: ["Priya Raman"] },
    });
    // Again, later: nothing changes, the first moment is kept.
    expect(await shareEntry(mei, meis, support.id, new Date("2026-04-02T10:00:00.000Z"))).toMatchObject({
      status: "shared",
      already: true,
    });
    expect(
      await db().reflectionShare.findMany({ select: { reflectionId: true, cohortId: true, sharedAt: true } }),
    ).toEqual([{ reflectionId: meis, cohortId: support.id, sharedAt: at }]);
    expect(await entrySharedWith(mei, meis)).toEqual([support.id]);
    expect(await entrySharedWith(leo, meis)).toBeNull();
    expect(await labelOf(mei, meis)).toBe("You and Priya Raman (facilitator of Support team) can see this.");
    expect(await labelOf(mei, await entry(mei, "Private"))).toBe("Only you can see this.");
  });

  it("offers the learner's own cohorts that are not archived, each with its facilitators, never the learner", async () => {
    const priya = await person("facilitator", "Priya Raman");
    const sam = await person("facilitator", "Sam Okafor");
    const support = await cohort(priya, "Support team");
    const old = await cohort(sam, "Old team");
    const mine = await cohort(sam, "Sam's own");
    await addCoFacilitator(priya, support.id, sam.email);
    await joinCohort(sam, mine.inviteCode);
    await joinCohort(sam, support.inviteCode);
    const mei = await person("learner", "Mei Chen");
    await joinCohort(mei, support.inviteCode);
    await joinCohort(mei, old.inviteCode);
    await setArchived(sam, old.id, true);

    expect(await cohortsToShareWith(mei)).toEqual([
      { id: support.id, name: "Support team", archived: false, facilitators: ["Priya Raman", "Sam Okafor"] },
    ]);
    expect((await learnerCohorts(mei)).map((c) => [c.name, c.archived])).toEqual([
      ["Support team", false],
      ["Old team", true],
    ]);
    // Sam facilitates both cohorts he is in: only other people are named.
    expect(await cohortsToShareWith(sam)).toEqual([
      { id: mine.id, name: "Sam's own", archived: false, facilitators: [] },
      { id: support.id, name: "Support team", archived: false, facilitators: ["Priya Raman"] },
    ]);
    expect(await cohortsToShareWith(await person("learner", "Nobody"))).toEqual([]);
  });

  it("stops sharing with one cohort or with all of them, for the owner only", async () => {
    const priya = await person("facilitator", "Priya Raman");
    const ana = await person("facilitator", "Ana Silva");
    const support = await cohort(priya, "Support team");
    const leads = await cohort(ana, "Leads");
    const mei = await person("learner", "Mei Chen");
    const leo = await person("learner", "Leo Martins");
    for (const c of [support, leads]) await joinCohort(mei, c.inviteCode);
    await joinCohort(leo, support.inviteCode);
    const meis = await entry(mei, "Mei's part");
    await shareEntry(mei, meis, support.id);
    await shareEntry(mei, meis, leads.id);
    expect(await labelOf(mei, meis)).toBe(
      "You, Priya Raman (facilitator of Support team) and Ana Silva (facilitator of Leads) can see this.",
    );
    expect(await sharedCountsByCohort(mei)).toEqual(
      new Map([
        [support.id, 1],
        [leads.id, 1],
      ]),
    );

    for (const stranger of [leo, priya, ana]) {
      await expect(stopSharing(stranger, meis, null)).rejects.toThrow(GONE);
      await expect(stopSharing(stranger, meis, support.id)).rejects.toThrow(GONE);
    }
    expect(await db().reflectionShare.count({ where: { reflectionId: meis } })).toBe(2);

    expect(await stopSharing(mei, meis, support.id)).toEqual({
      status: "stopped",
      removed: ["Support team"],
      remaining: 1,
    });
    expect(await bodies(priya, support.id)).toEqual([]);
    expect(await bodies(ana, leads.id)).toEqual(["Mei's part"]);
    expect(await labelOf(mei, meis)).toBe("You and Ana Silva (facilitator of Leads) can see this.");

    expect(await stopSharing(mei, meis, null)).toEqual({ status: "stopped", removed: ["Leads"], remaining: 0 });
    expect(await stopSharing(mei, meis, null)).toEqual({ status: "stopped", removed: [], remaining: 0 });
    expect(await bodies(ana, leads.id)).toEqual([]);
    expect(await labelOf(mei, meis)).toBe("Only you can see this.");
  });
});

describe("who can read a shared entry, and reply", () => {
  it("a cohort joined later sees nothing shared before; each cohort sees only what was shared with it and its own replies", async () => {
    const priya = await person("facilitator", "Priya Raman");
    const ana = await person("facilitator", "Ana Silva");
    const admin = await person("admin", "Sam Admin");
    const january = await cohort(priya, "January cohort");
    const march = await cohort(ana, "March cohort");
    const mei = await person("learner", "Mei Chen");
    const leo = await person("learner", "Leo Martins");
    await joinCohort(mei, january.inviteCode);
    await joinCohort(leo, january.inviteCode);

    // January: Mei shares one answer, keeps another private; Priya replies.
    const januaryAnswer = await entry(mei, "Shared in January");
    const privateAnswer = await entry(mei, "Never shared");
    await shareEntry(mei, januaryAnswer, january.id);
    await replyToReflection(priya, january.id, januaryAnswer, "Thank you, Mei. — Priya");
    expect(await bodies(priya, january.id)).toEqual(["Shared in January"]);

    // March: Mei joins Ana's cohort. Ana sees nothing of January's, by any route.
    await joinCohort(mei, march.inviteCode);
    expect(await bodies(ana, march.id)).toEqual([]);
    expect(await canFacilitatorRead(ana, march.id, januaryAnswer)).toBe(false);
    expect(await canFacilitatorRead(ana, january.id, januaryAnswer)).toBe(false);
    await expect(sharedWithCohort(ana, january.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(replyToReflection(ana, march.id, januaryAnswer, "Hello")).rejects.toBeInstanceOf(NotFoundError);
    await expect(replyToReflection(ana, january.id, januaryAnswer, "Hello")).rejects.toBeInstanceOf(NotFoundError);

    // Mei shares a new answer with March only: only Ana reads it.
    const marchAnswer = await entry(mei, "Shared in March");
    await shareEntry(mei, marchAnswer, march.id);
    expect(await bodies(ana, march.id)).toEqual(["Shared in March"]);
    expect(await bodies(priya, january.id)).toEqual(["Shared in January"]);
    expect(await canFacilitatorRead(priya, january.id, marchAnswer)).toBe(false);
    expect(await canFacilitatorRead(priya, march.id, marchAnswer)).toBe(false);
    await expect(replyToReflection(priya, january.id, marchAnswer, "Hi")).rejects.toBeInstanceOf(NotFoundError);
    await replyToReflection(ana, march.id, marchAnswer, "Welcome, Mei. — Ana");

    // Nobody else reads either, or the private one: another learner, an admin, a facilitator in the wrong cohort.
    for (const [who, cohortId] of [
      [leo, january.id],
      [admin, january.id],
      [admin, march.id],
    ] as const) {
      for (const id of [januaryAnswer, marchAnswer, privateAnswer]) {
        expect(await canFacilitatorRead(who, cohortId, id)).toBe(false);
      }
    }
    expect(await canFacilitatorRead(priya, january.id, privateAnswer)).toBe(false);

    // The same entry shared with both: each cohort sees only the replies written in it.
    await shareEntry(mei, januaryAnswer, march.id);
    const inMarch = (await sharedWithCohort(ana, march.id)).entries.find((e) => e.id === januaryAnswer);
    expect(inMarch?.replies).toEqual([]);
    await replyToReflection(ana, march.id, januaryAnswer, "Ana read it in March.");
    const inJanuary = (await sharedWithCohort(priya, january.id)).entries.find((e) => e.id === januaryAnswer);
    expect(inJanuary?.replies.map((r) => r.body)).toEqual(["Thank you, Mei. — Priya"]);
    expect(
      (await sharedWithCohort(ana, march.id)).entries.find((e) => e.id === januaryAnswer)?.replies.map((r) => r.body),
    ).toEqual(["Ana read it in March."]);
    expect(
      await db().reflectionReply.findMany({ where: { reflectionId: januaryAnswer }, select: { cohortId: true } }),
    ).toEqual(expect.arrayContaining([{ cohortId: january.id }, { cohortId: march.id }]));

    // Mei sees every reply to her entries, each saying which cohort it came from.
    const replies = await repliesToMyEntries(mei);
    expect(replies.get(januaryAnswer)?.map((r) => [r.authorName, r.cohortName, r.body])).toEqual([
      ["Priya Raman", "January cohort", "Thank you, Mei. — Priya"],
      ["Ana Silva", "March cohort", "Ana read it in March."],
    ]);
    expect(replies.get(marchAnswer)?.map((r) => r.cohortName)).toEqual(["March cohort"]);
    expect(await unreadReplyCount(mei)).toBe(3);
    // Leo gets none of it, and can't mark it read.
    expect((await repliesToMyEntries(leo)).size).toBe(0);
    await markRepliesRead(leo, [januaryAnswer, marchAnswer]);
    expect(await unreadReplyCount(mei)).toBe(3);
    await markRepliesRead(mei, [januaryAnswer, marchAnswer]);
    expect(await unreadReplyCount(mei)).toBe(0);
  });

  it("a co-facilitator of the cohort reads what was shared with it; an archived cohort hides it until it is back", async () => {
    const priya = await person("facilitator", "Priya Raman");
    const sam = await person("facilitator", "Sam Okafor");
    const support = await cohort(priya, "Support team");
    const mei = await person("learner", "Mei Chen");
    await joinCohort(mei, support.inviteCode);
    const answer = await entry(mei, "For the support team");
    await shareEntry(mei, answer, support.id);
    await addCoFacilitator(priya, support.id, sam.email);
    expect(await bodies(sam, support.id)).toEqual(["For the support team"]);
    expect(await labelOf(mei, answer)).toBe(
      "You, Priya Raman and Sam Okafor (facilitators of Support team) can see this.",
    );

    await setArchived(priya, support.id, true);
    expect(await bodies(priya, support.id)).toEqual([]);
    expect(await canFacilitatorRead(priya, support.id, answer)).toBe(false);
    await expect(replyToReflection(priya, support.id, answer, "Archived")).rejects.toBeInstanceOf(NotFoundError);
    expect(await labelOf(mei, answer)).toBe(
      "Shared with Support team, but no one else can see it for now: the cohort is archived.",
    );
    await expect(shareEntry(mei, await entry(mei, "Another"), support.id)).rejects.toThrow(NOT_YOURS);

    await setArchived(priya, support.id, false);
    expect(await bodies(priya, support.id)).toEqual(["For the support team"]);
  });

  it("leaving hides what was shared with the cohort, and joining again reveals nothing", async () => {
    const priya = await person("facilitator", "Priya Raman");
    const ana = await person("facilitator", "Ana Silva");
    const support = await cohort(priya, "Support team");
    const leads = await cohort(ana, "Leads");
    const mei = await person("learner", "Mei Chen");
    await joinCohort(mei, support.inviteCode);
    await joinCohort(mei, leads.inviteCode);
    const answer = await entry(mei, "Shared with both");
    await shareEntry(mei, answer, support.id);
    await shareEntry(mei, answer, leads.id);
    await replyToReflection(priya, support.id, answer, "Priya's note");

    expect(await leaveCohort(mei, support.id)).toBe("Support team");
    expect(
      await db().reflectionShare.findMany({ where: { reflectionId: answer }, select: { cohortId: true } }),
    ).toEqual([{ cohortId: leads.id }]);
    expect(await bodies(priya, support.id)).toEqual([]);
    expect(await bodies(ana, leads.id)).toEqual(["Shared with both"]);
    await expect(replyToReflection(priya, support.id, answer, "Still there?")).rejects.toBeInstanceOf(NotFoundError);
    expect(await labelOf(mei, answer)).toBe("You and Ana Silva (facilitator of Leads) can see this.");
    // Her copy of the conversation stays hers.
    expect((await repliesToMyEntries(mei)).get(answer)?.map((r) => r.body)).toEqual(["Priya's note"]);

    await joinCohort(mei, support.inviteCode);
    expect(await bodies(priya, support.id)).toEqual([]);
    expect(await canFacilitatorRead(priya, support.id, answer)).toBe(false);
  });

  it("joining clears a share left behind without a membership, so it can never come back", async () => {
    const priya = await person("facilitator", "Priya Raman");
    const ana = await person("facilitator", "Ana Silva");
    const support = await cohort(priya, "Support team");
    const leads = await cohort(ana, "Leads");
    const mei = await person("learner", "Mei Chen");
    await joinCohort(mei, leads.inviteCode);
    const answer = await entry(mei, "From before");
    // As if a share had raced a leave: a row for a cohort she is not in (she is in another). It grants nothing…
    await db().reflectionShare.create({ data: { reflectionId: answer, cohortId: support.id } });
    expect(await bodies(priya, support.id)).toEqual([]);
    expect(await canFacilitatorRead(priya, support.id, answer)).toBe(false);
    await expect(replyToReflection(priya, support.id, answer, "Hello")).rejects.toBeInstanceOf(NotFoundError);
    expect(await labelOf(mei, answer)).toBe("Only you can see this.");
    // …and joining removes it before the membership could make it readable.
    await joinCohort(mei, support.inviteCode);
    expect(await db().reflectionShare.count({ where: { reflectionId: answer } })).toBe(0);
    expect(await bodies(priya, support.id)).toEqual([]);
  });

  it("a learner's entries and shares are read only by that learner", async () => {
    const priya = await person("facilitator", "Priya Raman");
    const support = await cohort(priya, "Support team");
    const mei = await person("learner", "Mei Chen");
    const leo = await person("learner", "Leo Martins");
    await joinCohort(mei, support.inviteCode);
    await joinCohort(leo, support.inviteCode);
    const answer = await entry(mei, "Mei's");
    await shareEntry(mei, answer, support.id);
    expect((await sharesOf(mei, [answer])).get(answer)?.map((s) => s.cohortId)).toEqual([support.id]);
    expect((await sharesOf(leo, [answer])).size).toBe(0);
    expect((await sharesOf(priya, [answer])).size).toBe(0);
    expect(await sharedCountsByCohort(leo)).toEqual(new Map());
  });
});
