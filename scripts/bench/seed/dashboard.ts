// Gives dashboard learners something for the page to work through: two
// cohorts with a facilitator, modules assigned with due dates (overdue, due
// soon, relative to joining), progress in several lessons, a reflection
// shared with one cohort with an unread reply written there, nudges, two
// look-backs whose day has come and one still ahead, and forty
// notifications, a quarter of them unread (the header counts them). The
// unread ones are about the facilitator's reply: the dashboard marks the
// notifications of the nudges it shows as read, so those would not stay
// unread past the first request.
import { randomUUID } from "node:crypto";
import type { Db } from "../../../lib/db/client";
import { getCourse } from "../../../lib/course/catalog";
import { getPrompts } from "../../../lib/course/prompts";
import type { SeededLearner } from "./learners";

const DAY_MS = 24 * 60 * 60 * 1000;

export async function seedDashboardData(db: Db, learners: readonly SeededLearner[]): Promise<void> {
  const now = Date.now();
  const course = getCourse();
  const modules = course.modules;
  const facilitatorId = randomUUID();
  await db.user.create({
    data: {
      id: facilitatorId,
      name: "Bench Facilitator",
      email: `bench-facilitator-${facilitatorId.slice(0, 8)}@bench.example.org`,
      role: "facilitator",
      emailVerified: true,
    },
  });

  const cohorts = [randomUUID(), randomUUID()];
  for (const [i, id] of cohorts.entries()) {
    await db.cohort.create({ data: { id, name: `Bench cohort ${i + 1}`, createdById: facilitatorId } });
    await db.cohortFacilitator.create({ data: { cohortId: id, userId: facilitatorId } });
  }
  const [first, second] = cohorts as [string, string];
  // Due dates are calendar days of the cohort's zone (UTC here, the default).
  const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const assignments = [
    { cohortId: first, moduleSlug: modules[0]?.slug, dueDate: utcDay(now - 3 * DAY_MS) },
    { cohortId: first, moduleSlug: modules[1]?.slug, dueDate: utcDay(now + 2 * DAY_MS) },
    { cohortId: first, moduleSlug: modules[2]?.slug, dueDaysAfterJoin: 30 },
    { cohortId: second, moduleSlug: modules[3]?.slug, dueDate: utcDay(now + 20 * DAY_MS) },
    { cohortId: second, moduleSlug: modules[0]?.slug, dueDaysAfterJoin: 14 },
  ].filter((a): a is typeof a & { moduleSlug: string } => a.moduleSlug !== undefined);
  await db.assignment.createMany({ data: assignments });

  await db.cohortMember.createMany({
    data: learners.flatMap((learner) =>
      cohorts.map((cohortId) => ({ cohortId, userId: learner.id, joinedAt: new Date(now - 10 * DAY_MS) })),
    ),
  });

  // Each learner has opened a different number of lessons and finished most of them.
  await db.lessonProgress.createMany({
    data: learners.flatMap((learner, i) =>
      course.lessons.slice(0, 2 + (i % (course.lessons.length - 2))).map((lesson, j) => ({
        userId: learner.id,
        lessonKey: lesson.key,
        firstVisitedAt: new Date(now - (20 - j) * DAY_MS),
        lastVisitedAt: new Date(now - (10 - (j % 10)) * DAY_MS),
        completedAt: j % 4 === 3 ? null : new Date(now - (10 - (j % 10)) * DAY_MS),
      })),
    ),
  });

  const prompt = [...getPrompts().values()][0];
  if (!prompt) return;
  const entries = learners.map((learner) => ({
    id: randomUUID(),
    userId: learner.id,
    promptId: prompt.id,
    lessonKey: prompt.lesson.key,
    promptText: prompt.prompt,
    body: "Two small things: they answered when they said they would, and they told me about a problem early.",
  }));
  await db.reflection.createMany({ data: entries });
  // Three more answers each to look back at: two due, one ahead.
  const lookBackEntries = learners.flatMap((learner) =>
    [0, 1, 2].map((n) => ({
      id: randomUUID(),
      userId: learner.id,
      promptId: prompt.id,
      lessonKey: prompt.lesson.key,
      promptText: prompt.prompt,
      body: `An earlier answer, number ${n + 1}, to come back to.`,
      createdAt: new Date(now - (30 + n) * DAY_MS),
    })),
  );
  await db.reflection.createMany({ data: lookBackEntries });
  await db.lookBack.createMany({
    data: lookBackEntries.map((entry, i) => {
      const dueAt = new Date(now + (i % 3 === 2 ? 10 : -(i % 3) - 1) * DAY_MS);
      return { userId: entry.userId, reflectionId: entry.id, day: utcDay(dueAt.getTime()), dueAt };
    }),
  });
  // Shared with the first cohort only; the facilitator replied there.
  await db.reflectionShare.createMany({
    data: entries.map((entry) => ({ reflectionId: entry.id, cohortId: first, sharedAt: new Date(now - 2 * DAY_MS) })),
  });
  const replies = entries.map((entry) => ({ id: randomUUID(), userId: entry.userId }));
  await db.reflectionReply.createMany({
    data: entries.map((entry, i) => ({
      id: replies[i]?.id,
      reflectionId: entry.id,
      authorId: facilitatorId,
      cohortId: first,
      body: "Thank you for sharing this. Which of the two could you do for someone this week?",
    })),
  });
  await db.nudge.createMany({
    data: learners.flatMap((learner) =>
      [0, 1].map((n) => ({
        cohortId: n === 0 ? first : second,
        fromUserId: facilitatorId,
        toUserId: learner.id,
        message: n === 0 ? "A gentle reminder: module 1 was due this week." : "Module 2 is due on Friday.",
        createdAt: new Date(now - (n + 1) * DAY_MS),
      })),
    ),
  });
  // A long history of notifications: read ones about the nudges, and the
  // ten newest, unread, about the reply.
  const nudges = await db.nudge.findMany({
    where: { toUserId: { in: learners.map((l) => l.id) } },
    select: { id: true, toUserId: true },
  });
  await db.notification.createMany({
    data: nudges.flatMap((nudge) =>
      Array.from({ length: 15 }, (_, n) => ({
        userId: nudge.toUserId,
        kind: "nudge" as const,
        key: `bench:${nudge.id}:${n}`,
        text: "A reminder from your facilitator in Bench cohort 1: “Module 2 is due on Friday.”",
        href: "/dashboard",
        nudgeId: nudge.id,
        createdAt: new Date(now - (n + 10) * DAY_MS),
        readAt: new Date(now - (n + 10) * DAY_MS),
      })),
    ),
  });
  await db.notification.createMany({
    data: replies.flatMap((reply) =>
      Array.from({ length: 10 }, (_, n) => ({
        userId: reply.userId,
        kind: "reply" as const,
        key: `bench:${reply.id}:${n}`,
        text: "Bench Facilitator replied to your answer.",
        href: "/journal",
        replyId: reply.id,
        createdAt: new Date(now - n * DAY_MS),
      })),
    ),
  });
}
