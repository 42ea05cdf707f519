import { describe, expect, it } from "vitest";
import { loadCourse } from "../course/catalog";
import { summarize } from "./summary";

const course = loadCourse();
const [a, b, c] = course.lessons;

describe("summarize", () => {
  it("has nothing to continue before the first visit", () => {
    const summary = summarize(course, []);
    expect(summary.started).toBe(false);
    expect(summary.continueWith).toBeNull();
    expect(summary.course).toEqual({ completed: 0, total: course.lessons.length, percent: 0 });
  });

  it("continues with the last lesson visited, or the next unfinished one after a finished lesson", () => {
    const t = (m: number) => new Date(2026, 0, 1, 10, m);
    const summary = summarize(course, [
      { lessonKey: a!.key, completedAt: t(1), lastVisitedAt: t(1) },
      { lessonKey: b!.key, completedAt: null, lastVisitedAt: t(2) },
    ]);
    expect(summary.continueWith?.key).toBe(b!.key);
    expect(summary.lessons[a!.key]).toBe("completed");
    expect(summary.lessons[b!.key]).toBe("in-progress");
    expect(summary.lessons[c!.key]).toBe("not-started");
    expect(summary.modules[a!.moduleSlug]).toMatchObject({ completed: 1 });

    const after = summarize(course, [
      { lessonKey: a!.key, completedAt: t(1), lastVisitedAt: t(5) },
      { lessonKey: b!.key, completedAt: t(3), lastVisitedAt: t(3) },
    ]);
    expect(after.continueWith?.key).toBe(c!.key);
  });

  it("ignores progress on lessons that no longer exist", () => {
    const summary = summarize(course, [{ lessonKey: "gone/away", completedAt: new Date(), lastVisitedAt: new Date() }]);
    expect(summary.started).toBe(false);
    expect(summary.course.completed).toBe(0);
  });
});
