import "server-only";
// A cohort's progress: learners × assigned modules. Progress only — this
// module never reads reflections.
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { getCourse } from "../course/catalog";
import { listAssignments, moduleStanding, type AssignmentView } from "./assignments";
import { dueDateFor, STATUS_LABELS, type AssignmentStatus } from "./due";

export type ProgressCell = {
  assignmentId: string;
  completed: number;
  total: number;
  percent: number;
  status: AssignmentStatus;
  due: Date | null;
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
  assignments: AssignmentView[];
  learners: LearnerRow[];
  /** Share of learners who finished each assigned module. */
  completion: { assignmentId: string; done: number; of: number; percent: number }[];
};

export async function cohortProgress(
  facilitator: SessionUser,
  cohortId: string,
  now = new Date(),
): Promise<CohortProgress> {
  // listAssignments checks that the caller facilitates this cohort, and its
  // rows carry the due rules, so neither is repeated here.
  const course = getCourse();
  const assignments = await listAssignments(facilitator, cohortId);
  const members = await db().cohortMember.findMany({
    where: { cohortId },
    orderBy: { user: { name: "asc" } },
    select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } },
  });
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
      const due = dueDateFor(assignment, joinedAt);
      const standing = moduleStanding(course, assignment.moduleSlug, mine, due, now);
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
  return { assignments, learners, completion };
}

function csvField(value: string): string {
  // Quote everything; neutralise spreadsheet formulas (=, +, -, @ at the start).
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** One row per learner, one column per assigned module. */
export function progressCsv(progress: CohortProgress): string {
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
    learner.joinedAt.toISOString().slice(0, 10),
    learner.lastActivity ? learner.lastActivity.toISOString().slice(0, 10) : "",
    ...learner.cells.map((c) => `${STATUS_LABELS[c.status]} (${c.completed}/${c.total}, ${c.percent}%)`),
  ]);
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}
