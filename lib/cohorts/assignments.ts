import "server-only";
// Modules assigned to a cohort with due dates, and how each learner stands.
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { getCourse, type Course } from "../course/catalog";
import { assertFacilitatorOf } from "./access";
import { assignmentStatus, dueDateFor, urgency, type AssignmentStatus } from "./due";
import { CohortRuleError } from "./errors";

export type Due = { kind: "date"; date: Date } | { kind: "days"; days: number };

export type AssignmentView = {
  id: string;
  moduleSlug: string;
  moduleTitle: string;
  moduleNumber: number;
  dueAt: Date | null;
  dueDaysAfterJoin: number | null;
};

function moduleOf(course: Course, slug: string) {
  return course.modules.find((m) => m.slug === slug);
}

export async function listAssignments(facilitator: SessionUser, cohortId: string): Promise<AssignmentView[]> {
  await assertFacilitatorOf(facilitator, cohortId);
  const course = getCourse();
  const rows = await db().assignment.findMany({
    where: { cohortId },
    select: { id: true, moduleSlug: true, dueAt: true, dueDaysAfterJoin: true },
  });
  return rows
    .map((row) => {
      const courseModule = moduleOf(course, row.moduleSlug);
      return {
        ...row,
        moduleTitle: courseModule?.title ?? row.moduleSlug,
        moduleNumber: courseModule?.number ?? 99,
      };
    })
    .sort((a, b) => a.moduleNumber - b.moduleNumber);
}

/** Assigns a module (or changes its due date when it is already assigned). */
export async function assignModule(
  facilitator: SessionUser,
  cohortId: string,
  moduleSlug: string,
  due: Due,
): Promise<void> {
  await assertFacilitatorOf(facilitator, cohortId);
  if (!moduleOf(getCourse(), moduleSlug)) throw new CohortRuleError("There is no such module in the course.");
  const data =
    due.kind === "date" ? { dueAt: due.date, dueDaysAfterJoin: null } : { dueAt: null, dueDaysAfterJoin: due.days };
  await db().assignment.upsert({
    where: { cohortId_moduleSlug: { cohortId, moduleSlug } },
    create: { cohortId, moduleSlug, ...data },
    update: data,
  });
}

export async function removeAssignment(
  facilitator: SessionUser,
  cohortId: string,
  assignmentId: string,
): Promise<void> {
  await assertFacilitatorOf(facilitator, cohortId);
  await db().assignment.deleteMany({ where: { id: assignmentId, cohortId } });
}

export type LearnerAssignment = {
  id: string;
  cohortId: string;
  cohortName: string;
  facilitators: string[];
  moduleSlug: string;
  moduleTitle: string;
  moduleNumber: number;
  href: string;
  continueHref: string;
  due: Date | null;
  completed: number;
  total: number;
  status: AssignmentStatus;
};

type ProgressRow = { lessonKey: string; completedAt: Date | null };

/** Counts and status of one module for one learner. */
export function moduleStanding(
  course: Course,
  moduleSlug: string,
  progress: ProgressRow[],
  due: Date | null,
  now: Date,
): { completed: number; visited: number; total: number; status: AssignmentStatus; continueHref: string } {
  const courseModule = moduleOf(course, moduleSlug);
  const lessons = courseModule?.lessons ?? [];
  const byKey = new Map(progress.map((p) => [p.lessonKey, p]));
  const completed = lessons.filter((l) => byKey.get(l.key)?.completedAt).length;
  const visited = lessons.filter((l) => byKey.has(l.key)).length;
  const next = lessons.find((l) => !byKey.get(l.key)?.completedAt) ?? lessons[0];
  return {
    completed,
    visited,
    total: lessons.length,
    status: assignmentStatus(completed, visited, lessons.length, due, now),
    continueHref: next?.href ?? courseModule?.href ?? "/learn",
  };
}

/** Everything assigned to this learner across their cohorts, most urgent first. */
export async function myAssignments(learner: SessionUser, now = new Date()): Promise<LearnerAssignment[]> {
  const course = getCourse();
  const memberships = await db().cohortMember.findMany({
    where: { userId: learner.id, cohort: { archivedAt: null } },
    select: {
      joinedAt: true,
      cohort: {
        select: {
          id: true,
          name: true,
          assignments: { select: { id: true, moduleSlug: true, dueAt: true, dueDaysAfterJoin: true } },
          facilitators: { select: { user: { select: { name: true } } }, orderBy: { addedAt: "asc" } },
        },
      },
    },
  });
  const progress = await db().lessonProgress.findMany({
    where: { userId: learner.id },
    select: { lessonKey: true, completedAt: true },
  });
  const items: LearnerAssignment[] = [];
  for (const { joinedAt, cohort } of memberships) {
    for (const assignment of cohort.assignments) {
      const courseModule = moduleOf(course, assignment.moduleSlug);
      if (!courseModule) continue;
      const due = dueDateFor(assignment, joinedAt);
      const standing = moduleStanding(course, assignment.moduleSlug, progress, due, now);
      items.push({
        id: assignment.id,
        cohortId: cohort.id,
        cohortName: cohort.name,
        facilitators: cohort.facilitators.map((f) => f.user.name),
        moduleSlug: courseModule.slug,
        moduleTitle: courseModule.title,
        moduleNumber: courseModule.number,
        href: courseModule.href,
        continueHref: standing.continueHref,
        due,
        completed: standing.completed,
        total: standing.total,
        status: standing.status,
      });
    }
  }
  return items.sort(
    (a, b) =>
      urgency(a.status) - urgency(b.status) ||
      (a.due?.getTime() ?? Number.MAX_SAFE_INTEGER) - (b.due?.getTime() ?? Number.MAX_SAFE_INTEGER) ||
      a.moduleNumber - b.moduleNumber,
  );
}
