import "server-only";
// A cohort's progress: learners × lessons, learners × assigned modules, and
// the figures its charts draw. Progress only — this module never reads
// reflections. The grid's rules (states, attention, sorting, charts' numbers)
// are pure and live in lib/cohorts/grid.ts; this module loads the rows.
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { getCourse } from "../course/catalog";
import { listAssignments, type AssignmentView } from "./assignments";
import { dayIn } from "../time/calendar";
import { zoneOrUtc } from "../time/zones";
import { STATUS_LABELS } from "./due";
import { currentTime } from "../time/clock";
import { buildGrid, LESSON_STATE_LABELS, type CohortGrid } from "./grid";
import { NotFoundError } from "../errors/errors";

export type { LearnerRow, ProgressCell, LessonCell, CohortGrid as CohortProgress } from "./grid";

export async function cohortProgress(
  facilitator: SessionUser,
  cohortId: string,
  now = currentTime(),
  /** Only this learner (their own page): the grid's rows, counts and charts are then theirs alone. */
  only?: string,
): Promise<CohortGrid> {
  // listAssignments checks that the caller facilitates this cohort, and its
  // rows carry the due rules, so neither is repeated here.
  const assignments: AssignmentView[] = await listAssignments(facilitator, cohortId);
  const [cohort, members, progress] = await Promise.all([
    db().cohort.findUniqueOrThrow({ where: { id: cohortId }, select: { timeZone: true, createdAt: true } }),
    db().cohortMember.findMany({
      where: { cohortId, ...(only ? { userId: only } : {}) },
      orderBy: [{ user: { name: "asc" } }, { userId: "asc" }],
      select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } },
    }),
    db().lessonProgress.findMany({
      where: { user: { memberships: { some: { cohortId } } }, ...(only ? { userId: only } : {}) },
      select: { userId: true, lessonKey: true, completedAt: true, lastVisitedAt: true },
    }),
  ]);
  return buildGrid({
    course: getCourse(),
    timeZone: zoneOrUtc(cohort.timeZone),
    cohortCreatedAt: cohort.createdAt,
    assignments,
    members: members.map(({ joinedAt, user }) => ({ joinedAt, ...user })),
    progress,
    now,
  });
}

/** One learner of the cohort, for their detail page; NotFoundError when they aren't a member. */
export async function learnerProgress(
  facilitator: SessionUser,
  cohortId: string,
  learnerId: string,
  now = currentTime(),
) {
  const grid = await cohortProgress(facilitator, cohortId, now, learnerId);
  const learner = grid.learners.find((l) => l.userId === learnerId);
  if (!learner) throw new NotFoundError("This person isn't a learner of this cohort.");
  return { grid, learner };
}

function csvField(value: string): string {
  // Quote everything; neutralise spreadsheet formulas (=, +, -, @ at the start).
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

/**
 * One row per learner: a column per assigned module (its state), then a column
 * per lesson of the course (the day it was completed, or its state). Dates are
 * days in `zone` (the reader's).
 */
export function progressCsv(progress: CohortGrid, zone?: string | null): string {
  const day = (moment: Date) => dayIn(moment, zoneOrUtc(zone));
  const header = [
    "Learner",
    "Email",
    "Joined",
    "Last activity",
    "Lessons completed",
    ...progress.assignments.map((a) => `Module ${a.moduleNumber}: ${a.moduleTitle}`),
    ...progress.lessons.map((l) => `Lesson ${l.moduleNumber}.${l.number}: ${l.title}`),
  ];
  const rows = progress.learners.map((learner) => [
    learner.name,
    learner.email,
    day(learner.joinedAt),
    learner.lastActivity ? day(learner.lastActivity) : "",
    `${learner.lessonsDone} of ${progress.lessons.length}`,
    ...learner.cells.map((c) => `${STATUS_LABELS[c.status]} (${c.completed}/${c.total}, ${c.percent}%)`),
    ...learner.lessons.map((cell) =>
      cell.completedAt ? day(cell.completedAt) : cell.state === "done" ? "" : LESSON_STATE_LABELS[cell.state],
    ),
  ]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}
