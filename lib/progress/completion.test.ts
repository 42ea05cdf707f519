import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { getCourse } from "../course/catalog";
import { saveReflection } from "../reflections/reflections";
import { completeIfDone, promptIdsOf, recordReachedEnd, recordVisit, setCompleted } from "./progress";
import { moduleWrapUp } from "./wrap-up";

const LESSON = "trust-is-fragile/what-trust-is-made-of";
const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 9, minute));

async function learner(name: string): Promise<SessionUser> {
  const id = randomUUID();
  await db().user.create({ data: { id, name, email: `${id}@example.org` } });
  return { id, name, email: `${id}@example.org`, role: "learner" };
}

async function answer(person: SessionUser, lessonKey: string, promptId: string, body = "My answer.") {
  await saveReflection(person, randomUUID(), { promptId, lessonKey, promptText: "?", body, baseVersion: 0 });
}

describe("a lesson completes by itself", () => {
  it("once its end is reached and each of its prompts has an answer, keeping that first moment", async () => {
    const ana = await learner("Ana");
    const ben = await learner("Ben");
    const [first, second] = promptIdsOf(LESSON);
    expect(first && second, "this lesson asks two questions").toBeTruthy();

    expect((await recordVisit(ana, LESSON, at(0))).completedAt).toBeNull();
    const atEnd = await recordReachedEnd(ana, LESSON, at(5));
    expect(atEnd).toMatchObject({ completedAt: null, prompts: { total: 2, answered: 0 } });
    expect(atEnd.reachedEndAt?.toISOString()).toBe(at(5).toISOString());

    await answer(ana, LESSON, first!);
    expect(await completeIfDone(ana, LESSON, at(6))).toMatchObject({ completedAt: null, prompts: { answered: 1 } });
    // Someone else's answer to the other prompt counts for them, not for Ana.
    await answer(ben, LESSON, second!);
    expect((await completeIfDone(ana, LESSON, at(7)))?.completedAt).toBeNull();
    expect(await completeIfDone(ben, LESSON, at(7)), "Ben has no progress here yet").toBeNull();

    await answer(ana, LESSON, second!);
    expect((await completeIfDone(ana, LESSON, at(8)))?.completedAt?.toISOString()).toBe(at(8).toISOString());
    // Reaching the end again, another save, or the button keep the first moment.
    await recordReachedEnd(ana, LESSON, at(20));
    await completeIfDone(ana, LESSON, at(21));
    expect((await setCompleted(ana, LESSON, true, at(22))).completedAt?.toISOString()).toBe(at(8).toISOString());
    const row = await db().lessonProgress.findUniqueOrThrow({
      where: { userId_lessonKey: { userId: ana.id, lessonKey: LESSON } },
    });
    expect(row.completedAt?.toISOString()).toBe(at(8).toISOString());
    expect(row.reachedEndAt?.toISOString()).toBe(at(5).toISOString());
    expect(await db().lessonProgress.count({ where: { userId: ben.id } })).toBe(0);
  });

  it("not from answers alone; and not again after 'Mark as not complete' until the end is reached again", async () => {
    const cy = await learner("Cy");
    await recordVisit(cy, LESSON, at(0));
    for (const id of promptIdsOf(LESSON)) await answer(cy, LESSON, id);
    expect((await completeIfDone(cy, LESSON, at(1)))?.completedAt).toBeNull();

    expect((await recordReachedEnd(cy, LESSON, at(2))).completedAt?.toISOString()).toBe(at(2).toISOString());
    const undone = await setCompleted(cy, LESSON, false, at(3));
    expect(undone).toMatchObject({ completedAt: null, reachedEndAt: null });
    await answer(cy, LESSON, promptIdsOf(LESSON)[0]!, "Another go.");
    expect((await completeIfDone(cy, LESSON, at(4)))?.completedAt).toBeNull();
    expect((await recordReachedEnd(cy, LESSON, at(5))).completedAt?.toISOString()).toBe(at(5).toISOString());
  });

  it("by the button, for someone who reads without writing", async () => {
    const dee = await learner("Dee");
    const done = await setCompleted(dee, LESSON, true, at(1));
    expect(done).toMatchObject({ reachedEndAt: null, prompts: { total: 2, answered: 0 } });
    expect(done.completedAt?.toISOString()).toBe(at(1).toISOString());
  });
});

describe("the end of a module", () => {
  it("shows what the learner wrote in it and what comes next, only once every lesson is complete", async () => {
    const course = getCourse();
    const first = course.modules[0]!;
    const eve = await learner("Eve");
    const other = await learner("Other");
    await answer(eve, LESSON, promptIdsOf(LESSON)[0]!, "First try.");
    await answer(eve, LESSON, promptIdsOf(LESSON)[0]!, "Second try.");
    await answer(other, LESSON, promptIdsOf(LESSON)[1]!);
    for (const lesson of first.lessons.slice(0, -1)) await setCompleted(eve, lesson.key, true);
    expect(await moduleWrapUp(eve, course, first.slug)).toBeNull();

    await setCompleted(eve, first.lessons.at(-1)!.key, true);
    const wrapUp = await moduleWrapUp(eve, course, first.slug);
    expect(wrapUp).toMatchObject({
      moduleNumber: 1,
      moduleTitle: first.title,
      written: [{ promptId: promptIdsOf(LESSON)[0], lessonTitle: first.lessons[0]!.title, answers: 2 }],
      next: { moduleNumber: 2, title: course.modules[1]!.title, href: course.modules[1]!.href },
    });
    expect(await moduleWrapUp(other, course, first.slug)).toBeNull();
  });
});
