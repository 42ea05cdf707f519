import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { assignModule, myAssignments, removeAssignment } from "./assignments";
import {
  addCoFacilitator,
  createCohort,
  getCohort,
  listMyCohorts,
  removeCoFacilitator,
  setArchived,
  setInvite,
  updateCohort,
} from "./cohorts";
import { ForbiddenError, NotFoundError, RuleError } from "../errors/errors";
import { inviteInfo, joinCohort, leaveCohort, myCohorts } from "./membership";
import { dismissNudge, myNudges, sendNudges } from "./nudges";
import { cohortProgress, progressCsv } from "./progress";
import { sharedWithCohort } from "./shared-reflections";

let n = 0;
async function person(role: SessionUser["role"], name?: string): Promise<SessionUser> {
  n += 1;
  const id = `${role}-${n}-${randomUUID().slice(0, 6)}`;
  const user = { id, name: name ?? id, email: `${id}@example.org`, role };
  await db().user.create({ data: user });
  return user;
}

async function cohortWith() {
  const facilitator = await person("facilitator", "Priya Raman");
  const cohortId = await createCohort(facilitator, { name: "Team Alpha", description: "" });
  const { inviteCode } = await getCohort(facilitator, cohortId);
  return { facilitator, cohortId, inviteCode: inviteCode ?? "" };
}

describe("cohorts and invitations", () => {
  it("lets a facilitator create a cohort with an invite link a learner joins with", async () => {
    const { facilitator, cohortId, inviteCode } = await cohortWith();
    expect(inviteCode).toMatch(/^[a-z2-9]{10}$/);
    const learner = await person("learner");
    expect(await inviteInfo(inviteCode)).toMatchObject({
      status: "open",
      name: "Team Alpha",
      facilitators: ["Priya Raman"],
    });
    expect(await joinCohort(learner, inviteCode)).toMatchObject({ status: "joined", cohortId });
    expect(await joinCohort(learner, inviteCode)).toMatchObject({ status: "already-member" });
    expect((await myCohorts(learner)).map((c) => c.name)).toEqual(["Team Alpha"]);
    expect((await listMyCohorts(facilitator))[0]?.learnerCount).toBe(1);
  });

  it("refuses old, wrong, turned-off and archived links with a clear message", async () => {
    const { facilitator, cohortId, inviteCode } = await cohortWith();
    const learner = await person("learner");
    const replaced = await setInvite(facilitator, cohortId, "new");
    expect(replaced).not.toBe(inviteCode);
    await expect(joinCohort(learner, inviteCode)).rejects.toThrow(/isn't valid any more/);
    await expect(joinCohort(learner, "not a code!")).rejects.toBeInstanceOf(RuleError);
    await setInvite(facilitator, cohortId, "off");
    await expect(joinCohort(learner, replaced ?? "")).rejects.toBeInstanceOf(RuleError);
    const fresh = (await setInvite(facilitator, cohortId, "new")) ?? "";
    await setArchived(facilitator, cohortId, true);
    await expect(joinCohort(learner, fresh)).rejects.toThrow(/archived/);
    expect(await db().cohortMember.count({ where: { userId: learner.id } })).toBe(0);
  });

  it("lets a learner belong to several cohorts and leave one", async () => {
    const a = await cohortWith();
    const b = await cohortWith();
    const learner = await person("learner");
    await joinCohort(learner, a.inviteCode);
    await joinCohort(learner, b.inviteCode);
    expect(await myCohorts(learner)).toHaveLength(2);
    expect(await leaveCohort(learner, a.cohortId)).toBe("Team Alpha");
    await expect(leaveCohort(learner, a.cohortId)).rejects.toThrow(
      new NotFoundError("You're not a member of that cohort."),
    );
    expect((await myCohorts(learner)).map((c) => c.id)).toEqual([b.cohortId]);
  });

  it("keeps other facilitators, learners and admins out of a cohort", async () => {
    const { cohortId } = await cohortWith();
    for (const outsider of [await person("facilitator"), await person("admin"), await person("learner")]) {
      await expect(getCohort(outsider, cohortId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(cohortProgress(outsider, cohortId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(sharedWithCohort(outsider, cohortId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(setInvite(outsider, cohortId, "off")).rejects.toBeInstanceOf(NotFoundError);
      await expect(assignModule(outsider, cohortId, "own-your-part", { kind: "days", days: 7 })).rejects.toBeInstanceOf(
        NotFoundError,
      );
      await expect(sendNudges(outsider, cohortId, [], "hi")).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(createCohort(await person("learner"), { name: "Mine", description: "" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("treats an id with a NUL in it (from an address) as no cohort, on either database", async () => {
    const { facilitator, cohortId } = await cohortWith();
    await expect(getCohort(facilitator, `${cohortId}\u0000`)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCohort(facilitator, "\u0000")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("adds a co-facilitator who then sees the cohort; the last facilitator can't be removed", async () => {
    const { facilitator, cohortId } = await cohortWith();
    const colleague = await person("facilitator", "Omar Haddad");
    const learner = await person("learner");
    await expect(addCoFacilitator(facilitator, cohortId, learner.email)).rejects.toBeInstanceOf(RuleError);
    await expect(addCoFacilitator(facilitator, cohortId, "nobody@example.org")).rejects.toBeInstanceOf(RuleError);
    expect(await addCoFacilitator(facilitator, cohortId, colleague.email)).toEqual({ name: "Omar Haddad" });
    expect((await getCohort(colleague, cohortId)).facilitators.map((f) => f.name)).toEqual([
      "Priya Raman",
      "Omar Haddad",
    ]);
    await removeCoFacilitator(colleague, cohortId, facilitator.id);
    expect(await db().cohortFacilitator.count({ where: { cohortId, userId: facilitator.id } })).toBe(0);
    // Removing someone who no longer facilitates it says so instead of pretending.
    await expect(removeCoFacilitator(colleague, cohortId, facilitator.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeCoFacilitator(colleague, cohortId, colleague.id)).rejects.toBeInstanceOf(RuleError);
  });

  it("removes an assignment only from the cohort named, and says when there was nothing to remove", async () => {
    const a = await cohortWith();
    const b = await cohortWith();
    await assignModule(a.facilitator, a.cohortId, "own-your-part", { kind: "days", days: 7 });
    const assignment = await db().assignment.findFirstOrThrow({ where: { cohortId: a.cohortId } });
    // B names their own cohort and A's assignment: nothing happens, and the answer says so.
    await expect(removeAssignment(b.facilitator, b.cohortId, assignment.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().assignment.count({ where: { id: assignment.id } })).toBe(1);
    await removeAssignment(a.facilitator, a.cohortId, assignment.id);
    expect(await db().assignment.count({ where: { id: assignment.id } })).toBe(0);
    await expect(removeAssignment(a.facilitator, a.cohortId, assignment.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("assignments and progress", () => {
  it("gives each learner a dated assignment with a status, soonest first, and the facilitator a grid and CSV", async () => {
    const { facilitator, cohortId, inviteCode } = await cohortWith();
    const learner = await person("learner", 'Leo, "the" =Learner');
    const now = new Date("2026-12-02T12:00:00Z");
    await joinCohort(learner, inviteCode, new Date("2026-11-25T09:00:00Z"));
    await assignModule(facilitator, cohortId, "check-yourself-first", { kind: "date", day: "2026-12-04" }, now);
    await assignModule(facilitator, cohortId, "trust-is-fragile", { kind: "days", days: 3 }, now);
    await db().lessonProgress.create({
      data: {
        userId: learner.id,
        lessonKey: "check-yourself-first/the-blame-habit",
        completedAt: now,
        lastVisitedAt: now,
      },
    });

    const mine = await myAssignments(learner, now);
    expect(mine.map((a) => [a.moduleSlug, a.status])).toEqual([
      ["trust-is-fragile", "overdue"],
      ["check-yourself-first", "due-soon"],
    ]);
    expect(mine[1]).toMatchObject({ completed: 1, total: 3, cohortName: "Team Alpha", facilitators: ["Priya Raman"] });

    const grid = await cohortProgress(facilitator, cohortId, now);
    expect(grid.learners).toHaveLength(1);
    expect(grid.learners[0]?.cells.map((c) => c.status)).toEqual(["overdue", "due-soon"]);
    const csv = progressCsv(grid);
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('"Leo, ""the"" =Learner"');
    expect(lines[1]).toContain("Overdue (0/3, 0%)");
  });
});

describe("due dates in the cohort's time zone", () => {
  it("ends a fixed day and a days-after-joining day at midnight in the cohort's zone", async () => {
    const facilitator = await person("facilitator", "Priya Raman");
    const cohortId = await createCohort(facilitator, {
      name: "Auckland team",
      description: "",
      timeZone: "Pacific/Auckland",
    });
    const { inviteCode } = await getCohort(facilitator, cohortId);
    const learner = { ...(await person("learner")), timeZone: "America/Los_Angeles" };
    const now = new Date("2026-12-01T00:00:00Z");
    // 20:00 UTC on 1 December is 09:00 on 2 December in Auckland (UTC+13).
    await joinCohort(learner, inviteCode ?? "", new Date("2026-12-01T20:00:00Z"));
    await assignModule(facilitator, cohortId, "check-yourself-first", { kind: "date", day: "2026-12-04" }, now);
    await assignModule(facilitator, cohortId, "trust-is-fragile", { kind: "days", days: 3 }, now);

    const mine = await myAssignments(learner, now);
    const bySlug = new Map(mine.map((a) => [a.moduleSlug, a]));
    expect(bySlug.get("check-yourself-first")?.due?.day).toBe("2026-12-04");
    expect(bySlug.get("check-yourself-first")?.due?.at.toISOString()).toBe("2026-12-04T10:59:59.999Z");
    expect(bySlug.get("trust-is-fragile")?.due?.day).toBe("2026-12-05");
    expect(bySlug.get("trust-is-fragile")?.due?.at.toISOString()).toBe("2026-12-05T10:59:59.999Z");
    expect(bySlug.get("trust-is-fragile")?.cohortTimeZone).toBe("Pacific/Auckland");

    const grid = await cohortProgress(facilitator, cohortId, now);
    expect(grid.timeZone).toBe("Pacific/Auckland");
    // Columns in course order: module 1 (days after joining), then module 2.
    expect(grid.learners[0]?.cells.map((c) => c.due?.day)).toEqual(["2026-12-05", "2026-12-04"]);
  });

  it("keeps the stored day when the zone changes; only the moment it ends moves", async () => {
    const facilitator = await person("facilitator");
    const cohortId = await createCohort(facilitator, { name: "Berlin", description: "", timeZone: "Europe/Berlin" });
    const learner = await person("learner");
    await db().cohortMember.create({ data: { cohortId, userId: learner.id } });
    const now = new Date("2026-12-01T00:00:00Z");
    await assignModule(facilitator, cohortId, "check-yourself-first", { kind: "date", day: "2026-12-04" }, now);
    expect((await myAssignments(learner, now))[0]?.due?.at.toISOString()).toBe("2026-12-04T22:59:59.999Z");

    await updateCohort(facilitator, cohortId, { name: "Berlin", description: "", timeZone: "America/New_York" });
    const stored = await db().assignment.findFirstOrThrow({ where: { cohortId }, select: { dueDate: true } });
    expect(stored.dueDate).toBe("2026-12-04");
    expect((await myAssignments(learner, now))[0]?.due).toEqual({
      day: "2026-12-04",
      at: new Date("2026-12-05T04:59:59.999Z"),
    });
    expect((await getCohort(facilitator, cohortId)).timeZone).toBe("America/New_York");
  });

  it("defaults a new cohort to the facilitator's zone, or UTC, and refuses unknown zones", async () => {
    const inTokyo = { ...(await person("facilitator")), timeZone: "Asia/Tokyo" };
    const tokyoCohort = await createCohort(inTokyo, { name: "T", description: "" });
    expect((await getCohort(inTokyo, tokyoCohort)).timeZone).toBe("Asia/Tokyo");
    const nowhere = await person("facilitator");
    const utcCohort = await createCohort(nowhere, { name: "U", description: "" });
    expect((await getCohort(nowhere, utcCohort)).timeZone).toBe("UTC");
    await expect(
      updateCohort(nowhere, utcCohort, { name: "U", description: "", timeZone: "Mars/Olympus_Mons" }),
    ).rejects.toBeInstanceOf(RuleError);
    // Leaving the zone out keeps it.
    await updateCohort(inTokyo, tokyoCohort, { name: "T2", description: "" });
    expect((await getCohort(inTokyo, tokyoCohort)).timeZone).toBe("Asia/Tokyo");
  });

  it("refuses a day already over in the cohort's zone though not yet in UTC", async () => {
    const facilitator = await person("facilitator");
    const cohortId = await createCohort(facilitator, { name: "K", description: "", timeZone: "Pacific/Kiritimati" });
    // 11:00 UTC on 4 December is already 01:00 on 5 December in Kiritimati (UTC+14).
    const now = new Date("2026-12-04T11:00:00Z");
    await expect(
      assignModule(facilitator, cohortId, "check-yourself-first", { kind: "date", day: "2026-12-04" }, now),
    ).rejects.toThrow("already over in the cohort's time zone (Pacific/Kiritimati)");
    await assignModule(facilitator, cohortId, "check-yourself-first", { kind: "date", day: "2026-12-05" }, now);
  });

  it("lets only the cohort's facilitators change its zone", async () => {
    const { cohortId } = await cohortWith();
    const stranger = await person("facilitator");
    await expect(
      updateCohort(stranger, cohortId, { name: "Mine now", description: "", timeZone: "Asia/Tokyo" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect((await db().cohort.findUniqueOrThrow({ where: { id: cohortId } })).timeZone).toBe("UTC");
  });
});

// Sharing, reading shared entries and replies: lib/cohorts/sharing.test.ts.

describe("nudges", () => {
  it("reaches only members of the facilitator's cohort, and only the learner can dismiss it", async () => {
    const { facilitator, cohortId, inviteCode } = await cohortWith();
    const learner = await person("learner");
    const outsider = await person("learner");
    await joinCohort(learner, inviteCode);
    expect(await sendNudges(facilitator, cohortId, [learner.id, outsider.id], "Module 2 is due Friday.")).toEqual({
      sent: 1,
      emailed: 0,
    });
    const [nudge] = await myNudges(learner);
    expect(nudge).toMatchObject({
      message: "Module 2 is due Friday.",
      fromName: "Priya Raman",
      cohortName: "Team Alpha",
    });
    expect(await myNudges(outsider)).toEqual([]);
    await expect(dismissNudge(outsider, nudge!.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await myNudges(learner)).toHaveLength(1);
    await dismissNudge(learner, nudge!.id);
    expect(await myNudges(learner)).toEqual([]);
  });
});
