// A learner who has written a great deal: `count` answers spread over every
// prompt of the course and over the past year, one in ten shared with the
// cohort they are in (so every label names its facilitator).
import { randomUUID } from "node:crypto";
import type { Db } from "../../../lib/db/client";
import { getPrompts } from "../../../lib/course/prompts";

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;
const BATCH = 250;

export async function seedJournal(db: Db, userId: string, count: number): Promise<void> {
  const prompts = [...getPrompts().values()];
  if (prompts.length === 0) throw new Error("the course has no reflection prompts to answer");
  const now = Date.now();
  const facilitatorId = randomUUID();
  await db.user.create({
    data: {
      id: facilitatorId,
      name: "Bench Journal Facilitator",
      email: `bench-journal-facilitator-${facilitatorId.slice(0, 8)}@bench.example.org`,
      role: "facilitator",
      emailVerified: true,
    },
  });
  const cohort = await db.cohort.create({
    data: {
      name: "Bench journal cohort",
      createdById: facilitatorId,
      facilitators: { create: { userId: facilitatorId } },
      members: { create: { userId, joinedAt: new Date(now - YEAR_MS) } },
    },
    select: { id: true },
  });
  const rows = Array.from({ length: count }, (_, i) => {
    const prompt = prompts[i % prompts.length]!;
    const at = new Date(now - Math.round((i / count) * YEAR_MS));
    return {
      id: randomUUID(),
      userId,
      promptId: prompt.id,
      lessonKey: prompt.lesson.key,
      promptText: prompt.prompt,
      body: `Answer ${i + 1}. I keep coming back to this question: what is my part? This week it was replying late and assuming the worst about a short message.`,
      version: 1 + (i % 3),
      createdAt: at,
      updatedAt: at,
    };
  });
  for (let i = 0; i < rows.length; i += BATCH) {
    await db.reflection.createMany({ data: rows.slice(i, i + BATCH) });
  }
  const shares = rows
    .filter((_, i) => i % 10 === 0)
    .map((row) => ({ reflectionId: row.id, cohortId: cohort.id, sharedAt: row.createdAt }));
  for (let i = 0; i < shares.length; i += BATCH) {
    await db.reflectionShare.createMany({ data: shares.slice(i, i + BATCH) });
  }
}
