import "server-only";
// One question and all of a learner's answers to it. The learner's id is in
// the query's `where`, so nobody sees another learner's words.
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { getPrompts } from "../course/prompts";
import { ENTRY_SELECT, toView, type EntryView, type Revision } from "./reflections";

export type PromptHistory = {
  promptId: string;
  prompt: string;
  hint?: string;
  lesson: { key: string; title: string; href: string; moduleNumber: number; moduleTitle: string } | null;
  inCourse: boolean;
  entries: (EntryView & { revisions: Revision[] })[];
};

/**
 * A question and all the learner's answers to it, newest first, each with its
 * earlier versions. Null when the question is not in the course and the
 * learner never answered it.
 */
export async function promptHistory(learner: SessionUser, promptId: string): Promise<PromptHistory | null> {
  const rows = await db().reflection.findMany({
    where: { userId: learner.id, promptId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      ...ENTRY_SELECT,
      revisions: { orderBy: { version: "desc" }, select: { version: true, body: true, savedAt: true } },
    },
  });
  const entries = rows.map(({ revisions, ...row }) => ({ ...toView(row), revisions }));
  const prompt = getPrompts().get(promptId);
  if (prompt) {
    const { lesson } = prompt;
    return {
      promptId,
      prompt: prompt.prompt,
      hint: prompt.hint,
      lesson: {
        key: lesson.key,
        title: lesson.title,
        href: lesson.href,
        moduleNumber: lesson.moduleNumber,
        moduleTitle: lesson.moduleTitle,
      },
      inCourse: true,
      entries,
    };
  }
  const latest = entries[0];
  if (!latest) return null;
  return { promptId, prompt: latest.promptText, lesson: null, inCourse: false, entries };
}
