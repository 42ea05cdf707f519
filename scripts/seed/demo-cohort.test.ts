import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import type { SessionUser } from "../../lib/auth/session";
import { myAssignments } from "../../lib/cohorts/assignments";
import { cohortProgress } from "../../lib/cohorts/progress";
import { sharedWithCohort } from "../../lib/cohorts/shared-reflections";
import { seedDemoAccounts } from "./demo-accounts";
import { DEMO_COHORT_NAME, seedDemoCohort } from "./demo-cohort";
import { myNotifications } from "../../lib/notifications/notifications";

async function sessionUser(email: string): Promise<SessionUser> {
  return db().user.findUniqueOrThrow({
    where: { email },
    select: { id: true, name: true, email: true, role: true, timeZone: true },
  });
}

describe("seedDemoCohort", () => {
  it("gives the demo people a cohort to look at, once, and leaves it as they changed it", async () => {
    await seedDemoAccounts(db());
    const now = new Date("2026-11-25T09:00:00Z");
    const first = await seedDemoCohort(db(), now);
    expect(first.created).toBe(true);
    expect(first.inviteCode).toMatch(/^[a-z2-9]{10}$/);

    const priya = await sessionUser("facilitator@example.org");
    const leo = await sessionUser("learner@example.org");
    const mei = await sessionUser("learner2@example.org");
    const cohort = await db().cohort.findFirstOrThrow({ where: { name: DEMO_COHORT_NAME } });
    expect(cohort.timeZone).toBe("Europe/Berlin");

    // Leo sees both modules due; the dated one is five days from today in Berlin.
    const leos = await myAssignments(leo, now);
    expect(leos.map((a) => a.due?.day).sort()).toEqual(["2026-11-30", "2026-12-06"]);
    // Priya sees both learners, Leo with one lesson done, and Mei's shared answer (and nobody's private one).
    const progress = await cohortProgress(priya, cohort.id);
    expect(progress.learners.map((l) => l.name).sort()).toEqual(["Leo Martins", "Mei Chen"]);
    const shared = await sharedWithCohort(priya, cohort.id);
    expect(shared.entries.map((e) => e.learnerName)).toEqual(["Mei Chen"]);
    expect(
      await db().reflectionShare.findMany({
        where: { reflection: { userId: mei.id } },
        select: { cohortId: true },
      }),
    ).toEqual([{ cohortId: cohort.id }]);
    // …and she has been told of it.
    expect((await myNotifications(priya)).map((n) => [n.kind, n.read])).toEqual([["shared", false]]);

    // Running setup again keeps what the facilitator changed and adds nothing.
    await db().cohort.update({ where: { id: cohort.id }, data: { name: DEMO_COHORT_NAME, description: "Mine now" } });
    expect((await seedDemoCohort(db(), now)).created).toBe(false);
    expect(await db().cohort.count()).toBe(1);
    expect(await db().reflection.count()).toBe(1);
    expect((await db().cohort.findUniqueOrThrow({ where: { id: cohort.id } })).description).toBe("Mine now");
  });
});
