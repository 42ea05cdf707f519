import "server-only";
// A learner's progress through the lessons. Every function takes the learner
// and scopes its query by their id: nobody reads or writes another's rows.
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import type { Course } from "../course/catalog";
import { summarize, type ProgressRow, type ProgressSummary } from "./summary";

export type LessonProgressState = { visitedAt: Date; completedAt: Date | null };

const SELECT = { lessonKey: true, completedAt: true, lastVisitedAt: true } as const;

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

/** Upsert that survives two requests racing to create the same row. */
async function upsertProgress(
  userId: string,
  lessonKey: string,
  update: { lastVisitedAt?: Date; completedAt?: Date | null },
  now: Date,
) {
  const args = {
    where: { userId_lessonKey: { userId, lessonKey } },
    create: { userId, lessonKey, firstVisitedAt: now, lastVisitedAt: now, completedAt: update.completedAt ?? null },
    update,
    select: { lastVisitedAt: true, completedAt: true },
  };
  try {
    return await db().lessonProgress.upsert(args);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return db().lessonProgress.upsert(args);
  }
}

export async function recordVisit(
  learner: SessionUser,
  lessonKey: string,
  now = new Date(),
): Promise<LessonProgressState> {
  const row = await upsertProgress(learner.id, lessonKey, { lastVisitedAt: now }, now);
  return { visitedAt: row.lastVisitedAt, completedAt: row.completedAt };
}

export async function setCompleted(
  learner: SessionUser,
  lessonKey: string,
  completed: boolean,
  now = new Date(),
): Promise<LessonProgressState> {
  const row = await upsertProgress(
    learner.id,
    lessonKey,
    { lastVisitedAt: now, completedAt: completed ? now : null },
    now,
  );
  return { visitedAt: row.lastVisitedAt, completedAt: row.completedAt };
}

export async function progressRows(learner: SessionUser): Promise<ProgressRow[]> {
  return db().lessonProgress.findMany({ where: { userId: learner.id }, select: SELECT });
}

export async function progressSummary(learner: SessionUser, course: Course): Promise<ProgressSummary> {
  return summarize(course, await progressRows(learner));
}
