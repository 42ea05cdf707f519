import "server-only";
// A cohort's progress: learners × lessons, learners × assigned modules, and
// the figures its charts draw. Progress only — this module never reads
// reflections. The grid's rules (states, attention, sorting, charts' numbers)
// are pure and live in lib/cohorts/grid.ts; this module loads the rows.
import { db, dbProvider } from "../db/client";
import type { SessionUser } from "../auth/session";
import { getCourse } from "../course/catalog";
import { listAssignments, type AssignmentView } from "./assignments";
import { dayIn } from "../time/calendar";
import { zoneOrUtc } from "../time/zones";
import { STATUS_LABELS } from "./due";
import { currentTime } from "../time/clock";
import { buildGrid, LESSON_STATE_LABELS, type CohortGrid, type LessonRow, type Member } from "./grid";
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
  const [cohort, { members, progress }] = await Promise.all([
    db().cohort.findUniqueOrThrow({ where: { id: cohortId }, select: { timeZone: true, createdAt: true } }),
    membersWithProgress(cohortId, only),
  ]);
  return buildGrid({
    course: getCourse(),
    timeZone: zoneOrUtc(cohort.timeZone),
    cohortCreatedAt: cohort.createdAt,
    assignments,
    members,
    progress,
    now,
  });
}

// The cohort's members, by name, each with every lesson they opened, in one
// statement and one row per member (decision 071). Read as a row per lesson
// opened, a cohort of 200 came to some 1,400 rows, and building each row in
// the SQLite driver and then in Prisma cost more than the query: 11-13 ms of
// the overview's data path, against 4 ms for this. A member's lessons arrive
// as one text, a line per lesson with its key and two instants (ISO 8601,
// UTC), split by tabs; lesson keys are content slugs, never tabs or newlines.
const TAB = "\t";
const LINE = "\n";

type MemberRow = { id: string; name: string; email: string; joinedAt: Date; lessons: string | null };

function memberSql(sqlite: boolean, one: boolean): string {
  const iso = (column: string) =>
    sqlite ? `strftime('%Y-%m-%dT%H:%M:%fZ', ${column})` : `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  const tab = sqlite ? "char(9)" : "chr(9)";
  const line = `p."lessonKey" || ${tab} || coalesce(${iso('p."completedAt"')}, '') || ${tab} || ${iso('p."lastVisitedAt"')}`;
  const lessons = sqlite ? `group_concat(${line}, char(10))` : `string_agg(${line}, chr(10))`;
  return `SELECT m."userId" AS "id", u."name", u."email", m."joinedAt", ${lessons} AS "lessons"
    FROM "CohortMember" m
    JOIN "User" u ON u."id" = m."userId"
    LEFT JOIN "LessonProgress" p ON p."userId" = m."userId"
    WHERE m."cohortId" = $1${one ? ` AND m."userId" = $2` : ""}
    GROUP BY m."userId", u."name", u."email", m."joinedAt"
    ORDER BY u."name" ASC, m."userId" ASC`;
}

async function membersWithProgress(
  cohortId: string,
  only: string | undefined,
): Promise<{ members: Member[]; progress: LessonRow[] }> {
  const sql = memberSql(dbProvider() === "sqlite", only !== undefined);
  const rows = await (only === undefined
    ? db().$queryRawUnsafe<MemberRow[]>(sql, cohortId)
    : db().$queryRawUnsafe<MemberRow[]>(sql, cohortId, only));
  const members: Member[] = [];
  const progress: LessonRow[] = [];
  for (const { id, name, email, joinedAt, lessons } of rows) {
    members.push({ id, name, email, joinedAt: new Date(joinedAt) });
    if (!lessons) continue;
    for (const line of lessons.split(LINE)) {
      const [lessonKey = "", completedAt = "", lastVisitedAt = ""] = line.split(TAB);
      progress.push({
        userId: id,
        lessonKey,
        completedAt: completedAt ? new Date(completedAt) : null,
        lastVisitedAt: new Date(lastVisitedAt),
      });
    }
  }
  return { members, progress };
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
