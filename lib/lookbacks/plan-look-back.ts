import "server-only";
// The look-back at a learner's repair plan, as module 4's last lesson shows
// it (<PlanLookBack answer="plan-my-part" />): which answer of theirs it is
// set on, and when. A look-back belongs to one answer (028); the plan's is
// the one set on any of the learner's answers to that prompt and not yet
// done, else a new one goes on their latest answer. Only the learner's own
// answers are read. See docs/decisions/031-course-summary-and-plan-look-back.md.
import type { SessionUser } from "../auth/session";
import { getPrompts } from "../course/prompts";
import { db } from "../db/client";
import { NotFoundError } from "../errors/errors";

export type PlanLookBack = {
  prompt: { id: string; text: string; lessonTitle: string; lessonHref: string };
  /** The learner's latest answer to the prompt, or null before they write one. */
  answer: { id: string; createdAt: Date } | null;
  /** The plan's look-back still to do (due or not), and the answer it is set on. */
  open: { id: string; entryId: string; day: string; due: boolean } | null;
  /** The latest look-back already done, when none is open: its then-and-now page. */
  lastDone: { id: string; day: string } | null;
};

export async function planLookBack(learner: SessionUser, promptId: string, now = new Date()): Promise<PlanLookBack> {
  const prompt = getPrompts().get(promptId);
  if (!prompt) throw new NotFoundError("There is no such question in the course.");
  const entries = await db().reflection.findMany({
    where: { userId: learner.id, promptId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      createdAt: true,
      lookBack: { select: { id: true, userId: true, day: true, dueAt: true, doneAt: true } },
    },
  });
  // Belt and braces: the answer is theirs, so its look-back is too; say so in the filter anyway.
  const lookBacks = entries.flatMap((e) =>
    e.lookBack && e.lookBack.userId === learner.id ? [{ ...e.lookBack, entryId: e.id }] : [],
  );
  const open = lookBacks.filter((l) => !l.doneAt).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())[0];
  const lastDone = lookBacks.filter((l) => l.doneAt).sort((a, b) => b.doneAt!.getTime() - a.doneAt!.getTime())[0];
  const latest = entries[0];
  return {
    prompt: { id: prompt.id, text: prompt.prompt, lessonTitle: prompt.lesson.title, lessonHref: prompt.lesson.href },
    answer: latest ? { id: latest.id, createdAt: latest.createdAt } : null,
    open: open
      ? { id: open.id, entryId: open.entryId, day: open.day, due: open.dueAt.getTime() <= now.getTime() }
      : null,
    lastDone: !open && lastDone ? { id: lastDone.id, day: lastDone.day } : null,
  };
}
