import "server-only";
// The short moment at the end of a module: what the learner wrote in it, and
// what comes next. Only the learner's own answers, by their id.
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import type { Course } from "../course/catalog";
import { getPrompts } from "../course/prompts";
import { progressSummary } from "./progress";

export type ModuleWrapUp = {
  moduleNumber: number;
  moduleTitle: string;
  /** Each prompt of the module the learner answered, in course order, with how many answers they kept. */
  written: { promptId: string; prompt: string; lessonTitle: string; answers: number }[];
  /** The next module not yet complete, or null when the whole course is. */
  next: { title: string; href: string; moduleNumber: number } | null;
};

/** Null unless every lesson of the module is complete. */
export async function moduleWrapUp(
  learner: SessionUser,
  course: Course,
  moduleSlug: string,
): Promise<ModuleWrapUp | null> {
  const courseModule = course.modules.find((m) => m.slug === moduleSlug);
  if (!courseModule) return null;
  const summary = await progressSummary(learner, course);
  const tally = summary.modules[moduleSlug];
  if (!tally || tally.completed < tally.total) return null;

  const prompts = [...getPrompts().values()].filter((p) => p.lesson.moduleSlug === moduleSlug);
  const counts = await db().reflection.groupBy({
    by: ["promptId"],
    where: { userId: learner.id, promptId: { in: prompts.map((p) => p.id) } },
    _count: { _all: true },
  });
  const byPrompt = new Map(counts.map((c) => [c.promptId, c._count._all]));
  const written = prompts
    .filter((p) => byPrompt.has(p.id))
    .map((p) => ({ promptId: p.id, prompt: p.prompt, lessonTitle: p.lesson.title, answers: byPrompt.get(p.id) ?? 0 }));

  const after = [...course.modules.slice(courseModule.number), ...course.modules.slice(0, courseModule.number - 1)];
  const next = after.find((m) => (summary.modules[m.slug]?.completed ?? 0) < m.lessons.length);
  return {
    moduleNumber: courseModule.number,
    moduleTitle: courseModule.title,
    written,
    next: next ? { title: next.title, href: next.href, moduleNumber: next.number } : null,
  };
}
