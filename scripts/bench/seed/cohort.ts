// One cohort for its facilitator's overview page: 200 learners who joined over
// the cohort's first two weeks (six weeks ago), three modules assigned (one
// overdue, one due in two days, one due 35 days after joining), and progress
// spread as a real cohort's is: some finished, many part-way, some never
// started, some quiet for more than two weeks, completions over every week.
// A few answers are shared with the cohort, most of them still unread by the
// facilitator, and a few nudges were sent. The spread comes from a seeded
// random sequence, so every run measures the same cohort.
import { randomUUID } from "node:crypto";
import type { Db } from "../../../lib/db/client";
import { getCourse } from "../../../lib/course/catalog";
import { getPrompts } from "../../../lib/course/prompts";
import { inBatches, seedUsers, type SeededLearner } from "./learners";

const DAY_MS = 24 * 60 * 60 * 1000;
const COHORT_AGE_DAYS = 42;
const JOINING_DAYS = 14;
const SHARED = 8;
const SHARED_UNREAD = 5;

export type SeededCohort = {
  id: string;
  facilitator: SeededLearner;
  learners: number;
  lessons: number;
  /** The learner the overview lists first (sorted by name). */
  firstByName: string;
  unreadShared: number;
};

const FIRST = "Amara Ben Chloe Dev Elena Farid Grace Hugo Ines Jonas"
  .split(" ")
  .concat("Kemi Liam Mei Nadia Omar Priya Quinn Rosa Sam Tomas".split(" "));
const LAST = "Adeyemi Berg Costa Dubois Eriksen Fischer Garcia Haddad Ito Jansen".split(" ");

/** mulberry32: a small seeded generator, so the spread is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Kind = "not-started" | "finished" | "quiet" | "part-way";

function kindOf(r: number): Kind {
  if (r < 0.1) return "not-started";
  if (r < 0.25) return "finished";
  if (r < 0.4) return "quiet";
  return "part-way";
}

export async function seedCohort(db: Db, count: number): Promise<SeededCohort> {
  const now = Date.now();
  const rand = random(20261130);
  const course = getCourse();
  const lessons = course.lessons;
  const [facilitator] = await seedUsers(db, 1, "facilitator", "facilitator");
  if (!facilitator) throw new Error("the facilitator was not created");

  const id = randomUUID();
  const createdAt = now - COHORT_AGE_DAYS * DAY_MS;
  const cohortName = "Bench cohort overview";
  await db.cohort.create({
    data: {
      id,
      name: cohortName,
      description: "Team leads of the spring intake.",
      timeZone: "UTC",
      createdById: facilitator.id,
      createdAt: new Date(createdAt),
    },
  });
  await db.cohortFacilitator.create({ data: { cohortId: id, userId: facilitator.id } });
  const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const [first, second, third] = course.modules;
  if (!first || !second || !third) throw new Error("the course has fewer than three modules");
  await db.assignment.createMany({
    data: [
      { cohortId: id, moduleSlug: first.slug, dueDate: utcDay(now - 5 * DAY_MS) },
      { cohortId: id, moduleSlug: second.slug, dueDate: utcDay(now + 2 * DAY_MS) },
      { cohortId: id, moduleSlug: third.slug, dueDaysAfterJoin: 35 },
    ],
  });

  const users = Array.from({ length: count }, (_, i) => {
    const userId = randomUUID();
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= FIRST.length * LAST.length ? ` ${i + 1}` : ""}`;
    const joinedAt = createdAt + (i / count) * JOINING_DAYS * DAY_MS + rand() * 8 * 60 * 60 * 1000;
    return { id: userId, name, joinedAt, kind: kindOf(rand()) };
  });
  await inBatches(users, (batch) =>
    db.user.createMany({
      data: batch.map((u) => ({
        id: u.id,
        name: u.name,
        email: `bench-cohort-${u.id.slice(0, 8)}@bench.example.org`,
        role: "learner" as const,
        emailVerified: true,
      })),
    }),
  );
  await inBatches(users, (batch) =>
    db.cohortMember.createMany({
      data: batch.map((u) => ({ cohortId: id, userId: u.id, joinedAt: new Date(u.joinedAt) })),
    }),
  );

  // Lessons in course order, from a day after joining to the learner's last
  // activity; the last one opened is sometimes not finished yet.
  const progress = users.flatMap((u) => {
    const sinceJoining = (now - u.joinedAt) / DAY_MS;
    let opened: number;
    let lastDaysAgo: number;
    if (u.kind === "not-started") return [];
    if (u.kind === "finished") {
      opened = lessons.length;
      lastDaysAgo = rand() * 12;
    } else if (u.kind === "quiet") {
      opened = 1 + Math.floor(rand() * 6);
      lastDaysAgo = 15 + rand() * (sinceJoining - 17);
    } else {
      opened = 2 + Math.floor(rand() * (lessons.length - 2));
      lastDaysAgo = rand() * 13;
    }
    const start = u.joinedAt + DAY_MS;
    const end = Math.max(start + 60 * 60 * 1000, now - lastDaysAgo * DAY_MS);
    const lastUnfinished = u.kind !== "finished" && rand() < 0.5;
    return lessons.slice(0, opened).map((lesson, j) => {
      const visited = opened === 1 ? end : start + ((end - start) * j) / (opened - 1);
      const done = !(lastUnfinished && j === opened - 1);
      const finished = new Date(visited + (5 + rand() * 40) * 60 * 1000);
      return {
        userId: u.id,
        lessonKey: lesson.key,
        firstVisitedAt: new Date(visited),
        lastVisitedAt: done ? finished : new Date(visited),
        reachedEndAt: done ? finished : null,
        completedAt: done ? finished : null,
      };
    });
  });
  await inBatches(progress, (batch) => db.lessonProgress.createMany({ data: batch }));

  // Answers shared with the cohort by learners who got part-way, with the
  // facilitator's notice of each; the first few are unread.
  const prompt = [...getPrompts().values()][0];
  const sharers = users.filter((u) => u.kind === "part-way").slice(0, SHARED);
  let unreadShared = 0;
  if (prompt) {
    const entries = sharers.map((u, n) => ({
      id: randomUUID(),
      user: u,
      sharedAt: new Date(now - (n + 1) * 12 * 60 * 60 * 1000),
    }));
    await db.reflection.createMany({
      data: entries.map((e) => ({
        id: e.id,
        userId: e.user.id,
        promptId: prompt.id,
        lessonKey: prompt.lesson.key,
        promptText: prompt.prompt,
        body: "I said I would send the figures on Friday and sent them on Tuesday without a word.",
        createdAt: e.sharedAt,
      })),
    });
    await db.reflectionShare.createMany({
      data: entries.map((e) => ({ reflectionId: e.id, cohortId: id, sharedAt: e.sharedAt })),
    });
    // Keyed as lib/cohorts/sharing.ts keys them.
    await db.notification.createMany({
      data: entries.map((e, n) => ({
        userId: facilitator.id,
        kind: "shared" as const,
        key: `shared:${e.id}:${id}:${facilitator.id}`,
        text: `${e.user.name} shared an answer to “${prompt.prompt}” in ${cohortName}.`,
        href: `/facilitator/cohorts/${encodeURIComponent(id)}/reflections`,
        shareReflectionId: e.id,
        shareCohortId: id,
        createdAt: e.sharedAt,
        readAt: n < SHARED_UNREAD ? null : new Date(e.sharedAt.getTime() + 60 * 60 * 1000),
      })),
    });
    unreadShared = Math.min(SHARED_UNREAD, entries.length);
  }

  // Nudges to a few who went quiet.
  await db.nudge.createMany({
    data: users
      .filter((u) => u.kind === "quiet")
      .slice(0, 10)
      .map((u, n) => ({
        cohortId: id,
        fromUserId: facilitator.id,
        toUserId: u.id,
        message: "How are you getting on? Module 1 was due last week; an hour this week would be enough.",
        createdAt: new Date(now - (n % 5) * DAY_MS),
        readAt: n % 2 === 0 ? new Date(now - (n % 5) * DAY_MS + 60 * 60 * 1000) : null,
      })),
  });

  const firstByName = users.map((u) => u.name).sort((a, b) => a.localeCompare(b))[0] ?? "";
  return { id, facilitator, learners: users.length, lessons: lessons.length, firstByName, unreadShared };
}
