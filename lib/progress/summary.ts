// Turns a learner's progress rows into what pages show: per lesson, per
// module and for the whole course, plus where to continue. Pure.
import type { Course, Lesson } from "../course/catalog";

export type ProgressRow = { lessonKey: string; completedAt: Date | null; lastVisitedAt: Date };
export type Tally = { completed: number; total: number; percent: number };
export type LessonStatus = "not-started" | "in-progress" | "completed";

export type ProgressSummary = {
  course: Tally;
  modules: Record<string, Tally>;
  lessons: Record<string, LessonStatus>;
  /** The lesson to continue with, or null before the first visit. */
  continueWith: Lesson | null;
  started: boolean;
};

function tally(completed: number, total: number): Tally {
  return { completed, total, percent: total === 0 ? 0 : Math.round((completed / total) * 100) };
}

export function summarize(course: Course, rows: ProgressRow[]): ProgressSummary {
  const byKey = new Map(rows.map((row) => [row.lessonKey, row]));
  const lessons: Record<string, LessonStatus> = {};
  for (const lesson of course.lessons) {
    const row = byKey.get(lesson.key);
    lessons[lesson.key] = !row ? "not-started" : row.completedAt ? "completed" : "in-progress";
  }
  const modules: Record<string, Tally> = {};
  for (const courseModule of course.modules) {
    modules[courseModule.slug] = tally(
      courseModule.lessons.filter((l) => lessons[l.key] === "completed").length,
      courseModule.lessons.length,
    );
  }
  const known = rows.filter((row) => course.lessons.some((l) => l.key === row.lessonKey));
  const latest = known.sort((a, b) => b.lastVisitedAt.getTime() - a.lastVisitedAt.getTime())[0];
  let continueWith: Lesson | null = null;
  if (latest) {
    const index = course.lessons.findIndex((l) => l.key === latest.lessonKey);
    const current = course.lessons[index] ?? null;
    // A finished lesson sends you on to the next unfinished one.
    continueWith =
      current && lessons[current.key] === "completed"
        ? (course.lessons.slice(index + 1).find((l) => lessons[l.key] !== "completed") ??
          course.lessons.find((l) => lessons[l.key] !== "completed") ??
          current)
        : current;
  }
  const completed = course.lessons.filter((l) => lessons[l.key] === "completed").length;
  return { course: tally(completed, course.lessons.length), modules, lessons, continueWith, started: known.length > 0 };
}
