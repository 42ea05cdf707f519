// The cohort overview reads its members and every lesson they opened in one
// statement, a row per member (decision 071). These tests hold it to what the
// database holds, read the plain way with Prisma: the same people in the same
// order, every lesson with its instants to the millisecond, nobody from
// outside the cohort, and a learner who never opened a lesson still listed.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { createCohort, getCohort } from "./cohorts";
import { joinCohort } from "./membership";
import { cohortProgress, learnerProgress } from "./progress";
import { NotFoundError } from "../errors/errors";

async function person(role: SessionUser["role"], name: string): Promise<SessionUser> {
  const id = `${role}-${randomUUID().slice(0, 8)}`;
  const user = { id, name, email: `${id}@example.org`, role };
  await db().user.create({ data: user });
  return user;
}

async function cohortOf(facilitator: SessionUser, name: string) {
  const cohortId = await createCohort(facilitator, { name, description: "" });
  const { inviteCode } = await getCohort(facilitator, cohortId);
  return { cohortId, inviteCode: inviteCode ?? "" };
}

async function opened(learner: SessionUser, lessonKey: string, lastVisitedAt: Date, completedAt: Date | null) {
  await db().lessonProgress.create({ data: { userId: learner.id, lessonKey, lastVisitedAt, completedAt } });
}

/** The same rows read the plain way: members by name, and their progress. */
async function plainRead(cohortId: string) {
  const members = await db().cohortMember.findMany({
    where: { cohortId },
    orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
    select: { userId: true, joinedAt: true },
  });
  const progress = await db().lessonProgress.findMany({
    where: { userId: { in: members.map((m) => m.userId) } },
    select: { userId: true, lessonKey: true, completedAt: true, lastVisitedAt: true },
  });
  return { members, progress };
}

describe("a cohort's progress, read in one statement", () => {
  it("has every member in name order with each lesson's instants, and nothing from outside the cohort", async () => {
    const now = new Date("2026-12-02T12:00:00Z");
    const facilitator = await person("facilitator", "Priya Raman");
    const { cohortId, inviteCode } = await cohortOf(facilitator, "Support team");
    const other = await cohortOf(facilitator, "Another team");

    // Two learners share a name: the id decides their order, as before.
    const ana = await person("learner", "Ana");
    const zoe = await person("learner", "Zoë");
    const twinA = await person("learner", "Sam");
    const twinB = await person("learner", "Sam");
    const quiet = await person("learner", "Quinn, who never opened a lesson");
    const outsider = await person("learner", "Olu from another team");
    for (const [learner, day] of [
      [zoe, 20],
      [ana, 21],
      [twinA, 22],
      [twinB, 22],
      [quiet, 23],
    ] as const)
      await joinCohort(learner, inviteCode, new Date(Date.UTC(2026, 10, day, 9, 30, 15, 7)));
    await joinCohort(outsider, other.inviteCode, new Date("2026-11-22T09:00:00Z"));

    await opened(ana, "check-yourself-first/the-blame-habit", new Date("2026-11-24T08:01:02.003Z"), null);
    await opened(
      ana,
      "check-yourself-first/whats-your-part",
      new Date("2026-11-26T10:00:00.999Z"),
      new Date("2026-11-26T09:59:59.001Z"),
    );
    await opened(zoe, "trust-is-fragile/how-trust-breaks", new Date("2026-11-30T23:59:59.999Z"), null);
    await opened(twinB, "check-yourself-first/the-blame-habit", new Date("2026-12-01T00:00:00.000Z"), now);
    await opened(outsider, "check-yourself-first/the-blame-habit", new Date("2026-11-25T00:00:00Z"), now);

    const grid = await cohortProgress(facilitator, cohortId, now);
    const plain = await plainRead(cohortId);

    expect(grid.learners.map((l) => l.name)).toEqual(["Ana", "Quinn, who never opened a lesson", "Sam", "Sam", "Zoë"]);
    expect(grid.learners.map((l) => l.userId)).toEqual(plain.members.map((m) => m.userId));
    expect(grid.learners.map((l) => l.joinedAt.toISOString())).toEqual(
      plain.members.map((m) => m.joinedAt.toISOString()),
    );
    expect(grid.learners.find((l) => l.userId === ana.id)?.email).toBe(ana.email);

    // Every lesson each learner opened, with the instants the database holds.
    for (const learner of grid.learners) {
      const mine = plain.progress.filter((p) => p.userId === learner.userId);
      const lastVisit = mine.reduce<Date | null>((a, p) => (a && a > p.lastVisitedAt ? a : p.lastVisitedAt), null);
      expect(learner.lastActivity?.toISOString() ?? null, learner.name).toBe(lastVisit?.toISOString() ?? null);
      for (const cell of learner.lessons) {
        const row = mine.find((p) => p.lessonKey === cell.key);
        expect(cell.completedAt?.toISOString() ?? null, `${learner.name}, ${cell.key}`).toBe(
          row?.completedAt?.toISOString() ?? null,
        );
        expect(cell.state === "not-started", `${learner.name}, ${cell.key}`).toBe(row === undefined);
      }
    }
    const anaRow = grid.learners.find((l) => l.userId === ana.id);
    expect(anaRow?.lessonsDone).toBe(1);
    expect(anaRow?.lastActivity?.toISOString()).toBe("2026-11-26T10:00:00.999Z");
    const quietRow = grid.learners.find((l) => l.userId === quiet.id);
    expect(quietRow?.lastActivity).toBeNull();
    expect(quietRow?.lessons.every((c) => c.state === "not-started")).toBe(true);
    expect(grid.learners.some((l) => l.userId === outsider.id)).toBe(false);

    // One learner's own page: their row alone, and nobody else's.
    const one = await learnerProgress(facilitator, cohortId, ana.id, now);
    expect(one.grid.learners.map((l) => l.userId)).toEqual([ana.id]);
    expect(one.learner.lastActivity?.toISOString()).toBe("2026-11-26T10:00:00.999Z");
    await expect(learnerProgress(facilitator, cohortId, outsider.id, now)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lists an empty cohort as no learners, and keeps other facilitators out", async () => {
    const facilitator = await person("facilitator", "Priya Raman");
    const { cohortId } = await cohortOf(facilitator, "New team");
    expect((await cohortProgress(facilitator, cohortId)).learners).toEqual([]);
    const stranger = await person("facilitator", "Sam Okafor");
    await expect(cohortProgress(stranger, cohortId)).rejects.toBeInstanceOf(NotFoundError);
  });
});
