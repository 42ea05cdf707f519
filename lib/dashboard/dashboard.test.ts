import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { assignModule, myAssignments } from "../cohorts/assignments";
import { createCohort, getCohort, setArchived } from "../cohorts/cohorts";
import { joinCohort, myCohorts } from "../cohorts/membership";
import { getCourse } from "../course/catalog";
import { progressSummary } from "../progress/progress";
import { dashboardFor } from "./dashboard";

async function person(role: SessionUser["role"], name: string): Promise<SessionUser> {
  const id = `${role}-${randomUUID().slice(0, 8)}`;
  const user = { id, name, email: `${id}@example.org`, role };
  await db().user.create({ data: user });
  return user;
}

async function cohortJoinedBy(learner: SessionUser, facilitatorName: string, name: string, joinedAt: Date) {
  const facilitator = await person("facilitator", facilitatorName);
  const cohortId = await createCohort(facilitator, { name, description: "" });
  const { inviteCode } = await getCohort(facilitator, cohortId);
  await joinCohort(learner, inviteCode ?? "", joinedAt);
  return { facilitator, cohortId };
}

describe("the learner's dashboard", () => {
  it("lists every cohort, archived ones too, but only what the active ones assign, with the learner's progress", async () => {
    const now = new Date("2026-12-02T12:00:00Z");
    const learner = await person("learner", "Leo Learner");
    const active = await cohortJoinedBy(learner, "Priya Raman", "Support team", new Date("2026-11-20T09:00:00Z"));
    const archived = await cohortJoinedBy(learner, "Sam Okafor", "Last year's pilot", new Date("2026-11-25T09:00:00Z"));
    await assignModule(
      active.facilitator,
      active.cohortId,
      "check-yourself-first",
      { kind: "date", day: "2026-12-04" },
      now,
    );
    await assignModule(archived.facilitator, archived.cohortId, "trust-is-fragile", { kind: "days", days: 3 }, now);
    await setArchived(archived.facilitator, archived.cohortId, true);
    await db().lessonProgress.create({
      data: {
        userId: learner.id,
        lessonKey: "check-yourself-first/the-blame-habit",
        completedAt: now,
        lastVisitedAt: now,
      },
    });

    const dashboard = await dashboardFor(learner, now);

    expect(dashboard.cohorts.map((c) => [c.name, c.facilitators, c.archived])).toEqual([
      ["Support team", ["Priya Raman"], false],
      ["Last year's pilot", ["Sam Okafor"], true],
    ]);
    expect(dashboard.assignments).toHaveLength(1);
    expect(dashboard.assignments[0]).toMatchObject({
      moduleSlug: "check-yourself-first",
      cohortName: "Support team",
      facilitators: ["Priya Raman"],
      status: "due-soon",
      completed: 1,
      total: 3,
    });
    expect(dashboard.progress.course.completed).toBe(1);
    expect(dashboard.progress.lessons["check-yourself-first/the-blame-habit"]).toBe("completed");
    expect(dashboard.progress.continueWith?.key).not.toBe(undefined);
    // The dashboard reads each table once; what it shows is what the separate reads give.
    expect(dashboard.cohorts).toEqual(await myCohorts(learner));
    expect(dashboard.assignments).toEqual(await myAssignments(learner, now));
    expect(dashboard.progress).toEqual(await progressSummary(learner, getCourse()));
  });

  it("is empty for a learner in no cohort who has not started", async () => {
    const learner = await person("learner", "New Learner");
    const dashboard = await dashboardFor(learner);
    expect(dashboard.cohorts).toEqual([]);
    expect(dashboard.assignments).toEqual([]);
    expect(dashboard.progress.started).toBe(false);
    expect(dashboard.progress.course.completed).toBe(0);
  });
});
