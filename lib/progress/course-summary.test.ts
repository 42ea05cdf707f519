import { describe, expect, it } from "vitest";
import { day, learner, write } from "../../tests/setup/journal-entries";
import { getCourse } from "../course/catalog";
import { db } from "../db/client";
import { scheduleLookBack } from "../lookbacks/look-backs";
import { courseSummary } from "./course-summary";

const NOW = new Date("2026-11-30T12:00:00Z");

async function complete(userId: string, lessonKey: string, at: Date) {
  await db().lessonProgress.create({
    data: { userId, lessonKey, lastVisitedAt: at, reachedEndAt: at, completedAt: at },
  });
}

describe("the course summary", () => {
  it("before the end: says which lessons are left, module by module, and has no completion date", async () => {
    const ana = await learner("Ana");
    const course = getCourse();
    for (const lesson of course.lessons.slice(0, -2)) await complete(ana.id, lesson.key, day(1));
    await db().lessonProgress.create({
      data: { userId: ana.id, lessonKey: course.lessons.at(-2)!.key, lastVisitedAt: day(2) },
    });
    const summary = await courseSummary(ana, course, NOW);
    expect(summary.completedAt).toBeNull();
    expect(summary.progress.completed).toBe(course.lessons.length - 2);
    expect(summary.remaining).toEqual([
      {
        number: 4,
        title: "Your turn",
        href: "/learn/your-turn",
        lessons: [
          { title: "Build your repair plan", href: "/learn/your-turn/build-your-repair-plan", status: "in-progress" },
          {
            title: "Look back and keep going",
            href: "/learn/your-turn/look-back-and-keep-going",
            status: "not-started",
          },
        ],
      },
    ]);
  });

  it("the plan: the latest answer to each question of the last module, in course order, with the look-back day", async () => {
    const ben = await learner("Ben");
    await write(ben, "plan-my-part", "I went quiet.", { at: day(1) });
    const latest = await write(ben, "plan-my-part", "I went quiet, then blamed the rota.", { at: day(3) });
    await write(ben, "plan-first-step", "Ask Noor for 20 minutes on Tuesday.", { at: day(2) });
    await write(ben, "whats-your-part", "Not part of the plan.", { at: day(2) });
    await scheduleLookBack(ben, latest, { day: "2026-12-21" }, NOW);

    const { plan } = await courseSummary(ben, getCourse(), NOW);
    expect(plan).toMatchObject({ moduleNumber: 4, moduleTitle: "Your turn", lookBackDay: "2026-12-21", written: 2 });
    const ids = plan.items.map((i) => i.promptId);
    expect(ids.slice(0, 5)).toEqual([
      "plan-relationship",
      "plan-situation",
      "plan-my-part",
      "plan-first-step",
      "conversation-plan",
    ]);
    expect(ids).not.toContain("whats-your-part");
    const byId = new Map(plan.items.map((i) => [i.promptId, i]));
    expect(byId.get("plan-my-part")).toMatchObject({
      prompt: expect.stringContaining("what's your part in this relationship") as unknown,
      lessonTitle: "Build your repair plan",
      answer: { body: "I went quiet, then blamed the rota.", writtenAt: day(3) },
    });
    expect(byId.get("plan-relationship")?.answer).toBeNull();
  });

  it("after the end: the day the last lesson was completed, and nothing left", async () => {
    const cy = await learner("Cy");
    const course = getCourse();
    const last = new Date("2026-11-20T23:30:00Z");
    for (const [i, lesson] of course.lessons.entries()) {
      await complete(cy.id, lesson.key, i === 5 ? last : day(i));
    }
    // A lesson that is no longer in the course does not count.
    await complete(cy.id, "gone-module/gone-lesson", new Date("2026-11-29T00:00:00Z"));
    const summary = await courseSummary(cy, course, NOW);
    expect(summary.remaining).toEqual([]);
    expect(summary.completedAt).toEqual(last);
    expect(summary.progress.percent).toBe(100);
  });

  it("reads only the learner's own answers, progress and look-back", async () => {
    const owner = await learner("Owner");
    const other = await learner("Other");
    const course = getCourse();
    for (const lesson of course.lessons) await complete(owner.id, lesson.key, day(1));
    const entry = await write(owner, "plan-my-part", "Owner's private plan.", { at: day(1) });
    await scheduleLookBack(owner, entry, { day: "2026-12-21" }, NOW);
    const summary = await courseSummary(other, course, NOW);
    expect(summary.completedAt).toBeNull();
    expect(summary.plan.written).toBe(0);
    expect(summary.plan.lookBackDay).toBeNull();
    expect(JSON.stringify(summary)).not.toContain("Owner's private plan.");
  });
});
