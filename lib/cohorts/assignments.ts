import "server-only";
// Modules assigned to a cohort with due dates, and how each learner stands.
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { getCourse, type Course } from "../course/catalog";
import { assertFacilitatorOf } from "./access";
import { endOfDayIn } from "../time/calendar";
import { zoneOrUtc } from "../time/zones";
import { assignmentStatus, dueFor, urgency, type AssignmentStatus, type DueDay } from "./due";
import { NotFoundError, RuleError } from "../errors/errors";
import { currentTime } from "../time/clock";
import { myMemberships, type Membership } from "./membership";
import { progressRows } from "../progress/progress";

/** A due rule as the form gives it: a calendar day ("2026-12-04") or days after joining. */
export type Due = { kind: "date"; day: string } | { kind: "days"; days: number };

export type AssignmentView = {
  id: string;
  moduleSlug: string;
  moduleTitle: string;
  moduleNumber: number;
  dueDate: string | null;
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
    select: { id: true, moduleSlug: true, dueDate: true, dueDaysAfterJoin: true },
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
  now = currentTime(),
): Promise<void> {
  await assertFacilitatorOf(facilitator, cohortId);
  if (!moduleOf(getCourse(), moduleSlug)) throw new RuleError("There is no such module in the course.");
  if (due.kind === "date") {
    // The form can't know the cohort's zone; "already over" is decided in it here.
    const cohort = await db().cohort.findUniqueOrThrow({ where: { id: cohortId }, select: { timeZone: true } });
    const zone = zoneOrUtc(cohort.timeZone);
    if (endOfDayIn(due.day, zone).getTime() < now.getTime()) {
      throw new RuleError(`That day is already over in the cohort's time zone (${zone}). Choose a later date.`);
    }
  }
  const data =
    due.kind === "date" ? { dueDate: due.day, dueDaysAfterJoin: null } : { dueDate: null, dueDaysAfterJoin: due.days };
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
  const removed = await db().assignment.deleteMany({ where: { id: assignmentId, cohortId } });
  if (removed.count === 0) {
    throw new NotFoundError("That assignment is not in this cohort (it may have been removed already).");
  }
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
  /** The due day in the cohort's zone and the moment it ends. */
  due: DueDay | null;
  cohortTimeZone: string;
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
export async function myAssignments(learner: SessionUser, now = currentTime()): Promise<LearnerAssignment[]> {
  const [memberships, progress] = await Promise.all([myMemberships(learner), progressRows(learner)]);
  return assignmentsOf(getCourse(), memberships, progress, now);
}

/**
 * The modules assigned to the learner in the cohorts they are in (archived
 * cohorts assign nothing), with how far they are in each, most urgent first.
 */
export function assignmentsOf(
  course: Course,
  memberships: Membership[],
  progress: ProgressRow[],
  now: Date,
): LearnerAssignment[] {
  const items: LearnerAssignment[] = [];
  for (const { joinedAt, cohort } of memberships) {
    if (cohort.archivedAt !== null) continue;
    for (const assignment of cohort.assignments) {
      const courseModule = moduleOf(course, assignment.moduleSlug);
      if (!courseModule) continue;
      const due = dueFor(assignment, joinedAt, cohort.timeZone);
      const standing = moduleStanding(course, assignment.moduleSlug, progress, due?.at ?? null, now);
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
        cohortTimeZone: zoneOrUtc(cohort.timeZone),
        completed: standing.completed,
        total: standing.total,
        status: standing.status,
      });
    }
  }
  return items.sort(
    (a, b) =>
      urgency(a.status) - urgency(b.status) ||
      (a.due?.at.getTime() ?? Number.MAX_SAFE_INTEGER) - (b.due?.at.getTime() ?? Number.MAX_SAFE_INTEGER) ||
      a.moduleNumber - b.moduleNumber,
  );
}
