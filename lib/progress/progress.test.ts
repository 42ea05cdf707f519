import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { progressRows, recordVisit, setCompleted } from "./progress";

async function learner(id: string): Promise<SessionUser> {
  await db().user.create({ data: { id, name: id, email: `${id}@example.org` } });
  return { id, name: id, email: `${id}@example.org`, role: "learner" };
}

describe("lesson progress", () => {
  it("records visits and completion for the learner who asked, and only for them", async () => {
    const ana = await learner("ana");
    const ben = await learner("ben");
    const first = new Date("2026-03-01T09:00:00Z");
    await recordVisit(ana, "trust-is-fragile/how-trust-breaks", first);
    await recordVisit(ana, "trust-is-fragile/how-trust-breaks", new Date("2026-03-02T09:00:00Z"));
    const done = await setCompleted(ana, "trust-is-fragile/how-trust-breaks", true, new Date("2026-03-02T09:05:00Z"));
    expect(done.completedAt?.toISOString()).toBe("2026-03-02T09:05:00.000Z");

    const rows = await db().lessonProgress.findMany({ where: { userId: ana.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.firstVisitedAt.toISOString()).toBe(first.toISOString());
    expect(await progressRows(ben)).toEqual([]);

    await setCompleted(ana, "trust-is-fragile/how-trust-breaks", false);
    expect((await progressRows(ana))[0]?.completedAt).toBeNull();
  });

  it("survives concurrent first visits to the same lesson", async () => {
    const cy = await learner("cy");
    await Promise.all(Array.from({ length: 8 }, () => recordVisit(cy, "your-turn/build-your-repair-plan")));
    expect(await db().lessonProgress.count({ where: { userId: cy.id } })).toBe(1);
  });
});
