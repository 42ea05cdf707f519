import "server-only";
// The course summary page (/journal/summary): the learner's repair plan —
// their latest answer to each question of the last module, with the day of
// its look-back — and, once every lesson is complete, what the certificate
// says: their name and the day the last lesson was completed. Before that,
// what is left, lesson by lesson. Only the learner's own rows are read.
// See docs/decisions/031-course-summary-and-plan-look-back.md.
import type { SessionUser } from "../auth/session";
import type { Course } from "../course/catalog";
import { getPrompts, planLookBackPromptId } from "../course/prompts";
import { db } from "../db/client";
import { planLookBack } from "../lookbacks/plan-look-back";
import { progressRows } from "./progress";
import { summarize, type LessonStatus, type Tally } from "./summary";

export type PlanItem = {
  promptId: string;
  /** The question as the course asks it. */
  prompt: string;
  lessonTitle: string;
  lessonHref: string;
  /** The learner's latest answer, or null when they have not written one. */
  answer: { body: string; writtenAt: Date } | null;
};

export type CourseSummary = {
  courseTitle: string;
  progress: Tally;
  /** When the last of the course's lessons was completed; null until every lesson is. */
  completedAt: Date | null;
  /** The modules with lessons still to complete, and those lessons, in course order. */
  remaining: {
    number: number;
    title: string;
    href: string;
    lessons: { title: string; href: string; status: Exclude<LessonStatus, "completed"> }[];
  }[];
  plan: {
    moduleNumber: number;
    moduleTitle: string;
    items: PlanItem[];
    /** The plan's look-back still to come (or due): its day. */
    lookBackDay: string | null;
    written: number;
  };
};

export async function courseSummary(learner: SessionUser, course: Course, now = new Date()): Promise<CourseSummary> {
  const planModule = course.modules.at(-1);
  if (!planModule) throw new Error("The course has no modules.");
  const prompts = [...getPrompts().values()].filter((p) => p.lesson.moduleSlug === planModule.slug);
  const lookBackPrompt = planLookBackPromptId();
  const [rows, answers, lookBack] = await Promise.all([
    progressRows(learner),
    db().reflection.findMany({
      where: { userId: learner.id, promptId: { in: prompts.map((p) => p.id) } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { promptId: true, body: true, createdAt: true },
    }),
    lookBackPrompt ? planLookBack(learner, lookBackPrompt, now) : null,
  ]);

  const latest = new Map<string, { body: string; writtenAt: Date }>();
  for (const answer of answers) {
    if (!latest.has(answer.promptId) && answer.body.trim() !== "") {
      latest.set(answer.promptId, { body: answer.body, writtenAt: answer.createdAt });
    }
  }
  const items = prompts.map((p) => ({
    promptId: p.id,
    prompt: p.prompt,
    lessonTitle: p.lesson.title,
    lessonHref: p.lesson.href,
    answer: latest.get(p.id) ?? null,
  }));

  const summary = summarize(course, rows);
  const remaining = course.modules
    .map((m) => ({
      number: m.number,
      title: m.title,
      href: m.href,
      lessons: m.lessons.flatMap((l) => {
        const status = summary.lessons[l.key] ?? "not-started";
        return status === "completed" ? [] : [{ title: l.title, href: l.href, status }];
      }),
    }))
    .filter((m) => m.lessons.length > 0);

  const keys = new Set(course.lessons.map((l) => l.key));
  const done = rows.filter((r) => keys.has(r.lessonKey) && r.completedAt).map((r) => r.completedAt!.getTime());
  const completedAt = remaining.length === 0 && done.length > 0 ? new Date(Math.max(...done)) : null;

  return {
    courseTitle: course.title,
    progress: summary.course,
    completedAt,
    remaining,
    plan: {
      moduleNumber: planModule.number,
      moduleTitle: planModule.title,
      items,
      lookBackDay: lookBack?.open?.day ?? null,
      written: items.filter((i) => i.answer).length,
    },
  };
}
