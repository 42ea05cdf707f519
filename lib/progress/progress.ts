import "server-only";
// A learner's progress through the lessons. Every function takes the learner
// and scopes its query by their id: nobody reads or writes another's rows.
// A lesson is complete when the learner reached its end with an answer to
// each of its prompts, or said so themselves; completion keeps the moment it
// first happened (docs/decisions/027-completion-from-the-work.md).
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { getCourse, type Course } from "../course/catalog";
import { getPrompts } from "../course/prompts";
import type { PlaceEntry } from "./reading-place";
import { summarize, type ProgressRow, type ProgressSummary } from "./summary";
import { currentTime } from "../time/clock";
import { isUniqueViolation } from "../db/unique";

export type LessonProgressState = {
  visitedAt: Date;
  reachedEndAt: Date | null;
  completedAt: Date | null;
  /** The lesson's reflection prompts, and how many of them the learner has answered. */
  prompts: { total: number; answered: number };
};

const SELECT = { lessonKey: true, completedAt: true, lastVisitedAt: true } as const;
const STATE_SELECT = { lastVisitedAt: true, reachedEndAt: true, completedAt: true } as const;

/** Upsert that survives two requests racing to create the same row. */
async function upsertProgress(
  userId: string,
  lessonKey: string,
  update: { lastVisitedAt?: Date; reachedEndAt?: Date | null; completedAt?: Date | null },
  now: Date,
) {
  const args = {
    where: { userId_lessonKey: { userId, lessonKey } },
    create: {
      userId,
      lessonKey,
      firstVisitedAt: now,
      lastVisitedAt: now,
      reachedEndAt: update.reachedEndAt ?? null,
      completedAt: update.completedAt ?? null,
    },
    update,
    select: STATE_SELECT,
  };
  try {
    return await db().lessonProgress.upsert(args);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return db().lessonProgress.upsert(args);
  }
}

/** The ids of a lesson's reflection prompts, from the course itself. */
export function promptIdsOf(lessonKey: string): string[] {
  return [...getPrompts().values()].filter((p) => p.lesson.key === lessonKey).map((p) => p.id);
}

async function promptTally(userId: string, lessonKey: string): Promise<LessonProgressState["prompts"]> {
  const ids = promptIdsOf(lessonKey);
  if (ids.length === 0) return { total: 0, answered: 0 };
  const answered = await db().reflection.findMany({
    where: { userId, promptId: { in: ids } },
    distinct: ["promptId"],
    select: { promptId: true },
  });
  return { total: ids.length, answered: answered.length };
}

type Row = { lastVisitedAt: Date; reachedEndAt: Date | null; completedAt: Date | null };

/**
 * Completes the lesson, once, when the end was reached and every prompt has
 * an answer. The `completedAt: null` guard keeps the first moment, whoever
 * gets there first (this save, that scroll, another tab).
 */
async function settle(userId: string, lessonKey: string, row: Row, now: Date): Promise<LessonProgressState> {
  const prompts = await promptTally(userId, lessonKey);
  let completedAt = row.completedAt;
  if (!completedAt && row.reachedEndAt && prompts.answered >= prompts.total) {
    await db().lessonProgress.updateMany({
      where: { userId, lessonKey, completedAt: null },
      data: { completedAt: now },
    });
    const again = await db().lessonProgress.findUnique({
      where: { userId_lessonKey: { userId, lessonKey } },
      select: { completedAt: true },
    });
    completedAt = again?.completedAt ?? now;
  }
  return { visitedAt: row.lastVisitedAt, reachedEndAt: row.reachedEndAt, completedAt, prompts };
}

export async function recordVisit(
  learner: SessionUser,
  lessonKey: string,
  now = currentTime(),
): Promise<LessonProgressState> {
  const row = await upsertProgress(learner.id, lessonKey, { lastVisitedAt: now }, now);
  return settle(learner.id, lessonKey, row, now);
}

/** The learner scrolled to the end of the lesson: noted the first time, and it may complete the lesson. */
export async function recordReachedEnd(
  learner: SessionUser,
  lessonKey: string,
  now = currentTime(),
): Promise<LessonProgressState> {
  await upsertProgress(learner.id, lessonKey, {}, now);
  await db().lessonProgress.updateMany({
    where: { userId: learner.id, lessonKey, reachedEndAt: null },
    data: { reachedEndAt: now },
  });
  const row = await db().lessonProgress.findUniqueOrThrow({
    where: { userId_lessonKey: { userId: learner.id, lessonKey } },
    select: STATE_SELECT,
  });
  return settle(learner.id, lessonKey, row, now);
}

/** After an answer is saved: completes its lesson if that was the last thing missing. Reads only otherwise. */
export async function completeIfDone(
  learner: SessionUser,
  lessonKey: string,
  now = currentTime(),
): Promise<LessonProgressState | null> {
  const row = await db().lessonProgress.findUnique({
    where: { userId_lessonKey: { userId: learner.id, lessonKey } },
    select: STATE_SELECT,
  });
  return row ? settle(learner.id, lessonKey, row, now) : null;
}

/**
 * "Mark as complete" keeps an earlier completion's moment; "Mark as not
 * complete" also forgets that the end was reached, so the lesson doesn't
 * complete itself again until the learner gets there again.
 */
export async function setCompleted(
  learner: SessionUser,
  lessonKey: string,
  completed: boolean,
  now = currentTime(),
): Promise<LessonProgressState> {
  if (completed) {
    await upsertProgress(learner.id, lessonKey, { lastVisitedAt: now }, now);
    await db().lessonProgress.updateMany({
      where: { userId: learner.id, lessonKey, completedAt: null },
      data: { completedAt: now },
    });
  } else {
    await upsertProgress(learner.id, lessonKey, { lastVisitedAt: now, reachedEndAt: null, completedAt: null }, now);
  }
  const row = await db().lessonProgress.findUniqueOrThrow({
    where: { userId_lessonKey: { userId: learner.id, lessonKey } },
    select: STATE_SELECT,
  });
  const prompts = await promptTally(learner.id, lessonKey);
  return { visitedAt: row.lastVisitedAt, reachedEndAt: row.reachedEndAt, completedAt: row.completedAt, prompts };
}

/**
 * Carries a signed-out reader's place (from their browser) into their account
 * when they sign in or up: visits and reaching the end, for lessons of the
 * course, never later than now and never undoing what the account already
 * has. It can complete a lesson only by the same rule as ever.
 */
export async function carryReadingPlace(
  learner: Pick<SessionUser, "id">,
  place: PlaceEntry[],
  now = currentTime(),
): Promise<number> {
  const lessonKeys = new Set(getCourse().lessons.map((l) => l.key));
  const clamp = (at: Date) => (at.getTime() > now.getTime() ? now : at);
  let carried = 0;
  for (const entry of place) {
    if (!lessonKeys.has(entry.lessonKey)) continue;
    const visitedAt = clamp(entry.visitedAt);
    const reachedEndAt = entry.reachedEndAt ? clamp(entry.reachedEndAt) : null;
    const where = { userId_lessonKey: { userId: learner.id, lessonKey: entry.lessonKey } };
    const existing = await db().lessonProgress.findUnique({ where, select: STATE_SELECT });
    if (!existing) {
      await upsertProgress(learner.id, entry.lessonKey, { lastVisitedAt: visitedAt, reachedEndAt }, visitedAt);
    } else {
      await db().lessonProgress.update({
        where,
        data: {
          ...(visitedAt > existing.lastVisitedAt ? { lastVisitedAt: visitedAt } : {}),
          ...(existing.reachedEndAt === null && reachedEndAt ? { reachedEndAt } : {}),
        },
      });
    }
    const row = await db().lessonProgress.findUniqueOrThrow({ where, select: STATE_SELECT });
    await settle(learner.id, entry.lessonKey, row, now);
    carried += 1;
  }
  return carried;
}

export async function progressRows(learner: SessionUser): Promise<ProgressRow[]> {
  return db().lessonProgress.findMany({ where: { userId: learner.id }, select: SELECT });
}

export async function progressSummary(learner: SessionUser, course: Course): Promise<ProgressSummary> {
  return summarize(course, await progressRows(learner));
}
