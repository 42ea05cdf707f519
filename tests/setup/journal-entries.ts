// Journal entries for unit tests: learners, and answers written on given days,
// private or shared with a cohort of the learner's own. Used by the journal,
// search and prompt-history tests in lib/reflections/.
import { randomUUID } from "node:crypto";
import { db } from "../../lib/db/client";
import type { SessionUser } from "../../lib/auth/session";
import { getPrompts } from "../../lib/course/prompts";
import type { JournalPage } from "../../lib/reflections/journal";

let counter = 0;

export async function learner(name: string): Promise<SessionUser> {
  counter += 1;
  const id = `${name}-${counter}-${randomUUID().slice(0, 8)}`;
  const email = `${id}@example.org`;
  await db().user.create({ data: { id, name, email } });
  return { id, name, email, role: "learner" };
}

export const day = (n: number) => new Date(Date.UTC(2026, 2, 1) + n * 24 * 60 * 60 * 1000);

export function promptOf(promptId: string) {
  const prompt = getPrompts().get(promptId);
  if (!prompt) throw new Error(`No prompt ${promptId} in the course`);
  return prompt;
}

export async function write(
  who: SessionUser,
  promptId: string,
  body: string,
  options: { at?: Date; shared?: boolean; lessonKey?: string; promptText?: string } = {},
): Promise<string> {
  const prompt = getPrompts().get(promptId);
  const id = randomUUID();
  const at = options.at ?? day(0);
  await db().reflection.create({
    data: {
      id,
      userId: who.id,
      promptId,
      lessonKey: options.lessonKey ?? prompt?.lesson.key ?? "gone-module/gone-lesson",
      promptText: options.promptText ?? prompt?.prompt ?? "A question that was removed",
      body,
      createdAt: at,
      updatedAt: at,
      // Shared: with a cohort of the learner's own.
      ...(options.shared
        ? {
            shares: {
              create: { sharedAt: at, cohort: { create: { name: "Team", members: { create: { userId: who.id } } } } },
            },
          }
        : {}),
    },
  });
  return id;
}

/**
 * Many answers at once, one per question in turn, in batches SQLite accepts:
 * a learner who has written a great deal. The answer written `i`-th (from 0)
 * is dated `at(i)`.
 */
export async function writeMany(
  who: SessionUser,
  count: number,
  at: (i: number) => Date = () => day(0),
): Promise<{ id: string }[]> {
  const prompts = [...getPrompts().values()];
  const rows = Array.from({ length: count }, (_, i) => {
    const prompt = prompts[i % prompts.length]!;
    return {
      id: randomUUID(),
      userId: who.id,
      promptId: prompt.id,
      lessonKey: prompt.lesson.key,
      promptText: prompt.prompt,
      body: `Answer number ${i + 1}.`,
      createdAt: at(i),
    };
  });
  for (let i = 0; i < rows.length; i += 500) await db().reflection.createMany({ data: rows.slice(i, i + 500) });
  return rows.map(({ id }) => ({ id }));
}

export function idsOf(page: JournalPage): string[] {
  return page.groups.flatMap((m) => m.lessons.flatMap((l) => l.prompts.flatMap((p) => p.entries.map((e) => e.id))));
}
