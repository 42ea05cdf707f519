import "server-only";
// A cohort's progress: learners × assigned modules. Progress only — this
// module never reads reflections.
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { getCourse } from "../course/catalog";
import { listAssignments, moduleStanding, type AssignmentView } from "./assignments";
import { dayIn } from "../time/calendar";
import { zoneOrUtc } from "../time/zones";
import { dueFor, STATUS_LABELS, type AssignmentStatus, type DueDay } from "./due";
import { currentTime } from "../time/clock";

export type ProgressCell = {
  assignmentId: string;
  completed: number;
  total: number;
  percent: number;
  status: AssignmentStatus;
  /** The learner's due day, in the cohort's zone. */
  due: DueDay | null;
};
export type LearnerRow = {
  userId: string;
  name: string;
  email: string;
  joinedAt: Date;
  lastActivity: Date | null;
  cells: ProgressCell[];
};
export type CohortProgress = {
  /** The cohort's zone: due days are counted in it. */
  timeZone: string;
  assignments: AssignmentView[];
  learners: LearnerRow[];
  /** Share of learners who finished each assigned module. */
  completion: { assignmentId: string; done: number; of: number; percent: number }[];
};

export async function cohortProgress(
  facilitator: SessionUser,
  cohortId: string,
  now = currentTime(),
): Promise<CohortProgress> {
  // listAssignments checks that the caller facilitates this cohort, and its
  // rows carry the due rules, so neither is repeated here.
  const course = getCourse();
  const assignments = await listAssignments(facilitator, cohortId);
  const [cohort, members] = await Promise.all([
    db().cohort.findUniqueOrThrow({ where: { id: cohortId }, select: { timeZone: true } }),
    db().cohortMember.findMany({
      where: { cohortId },
      orderBy: { user: { name: "asc" } },
      select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } },
    }),
  ]);
  const timeZone = zoneOrUtc(cohort.timeZone);
  const ids = members.map((m) => m.user.id);
  const progress = await db().lessonProgress.findMany({
    where: { userId: { in: ids } },
    select: { userId: true, lessonKey: true, completedAt: true, lastVisitedAt: true },
  });

  const learners: LearnerRow[] = members.map(({ joinedAt, user }) => {
    const mine = progress.filter((p) => p.userId === user.id);
    const lastActivity = mine.reduce<Date | null>(
      (latest, p) => (!latest || p.lastVisitedAt > latest ? p.lastVisitedAt : latest),
      null,
    );
    const cells = assignments.map((assignment) => {
      const due = dueFor(assignment, joinedAt, timeZone);
      const standing = moduleStanding(course, assignment.moduleSlug, mine, due?.at ?? null, now);
      return {
        assignmentId: assignment.id,
        completed: standing.completed,
        total: standing.total,
        percent: standing.total ? Math.round((standing.completed / standing.total) * 100) : 0,
        status: standing.status,
        due,
      };
    });
    return { userId: user.id, name: user.name, email: user.email, joinedAt, lastActivity, cells };
  });
  const completion = assignments.map((assignment, index) => {
    const done = learners.filter((l) => l.cells[index]?.status === "done").length;
    return {
      assignmentId: assignment.id,
      done,
      of: learners.length,
      percent: learners.length ? Math.round((done / learners.length) * 100) : 0,
    };
  });
  return { timeZone, assignments, learners, completion };
}

function csvField(value: string): string {
  // Quote everything; neutralise spreadsheet formulas (=, +, -, @ at the start).
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** One row per learner, one column per assigned module; dates are days in `zone` (the reader's). */
export function progressCsv(progress: CohortProgress, zone?: string | null): string {
  const day = (moment: Date) => dayIn(moment, zoneOrUtc(zone));
  const header = [
    "Learner",
    "Email",
    "Joined",
    "Last activity",
    ...progress.assignments.map((a) => `Module ${a.moduleNumber}: ${a.moduleTitle}`),
  ];
  const rows = progress.learners.map((learner) => [
    learner.name,
    learner.email,
    day(learner.joinedAt),
    learner.lastActivity ? day(learner.lastActivity) : "",
    ...learner.cells.map((c) => `${STATUS_LABELS[c.status]} (${c.completed}/${c.total}, ${c.percent}%)`),
  ]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}
