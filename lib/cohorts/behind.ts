// Who is behind in a cohort: learners with at least one assigned module
// overdue, due soon or not started yet, and the reasons in words. Pure: it
// works on a cohort's progress grid (lib/cohorts/progress.ts), which has
// already checked who is asking.
import { STATUS_LABELS, type AssignmentStatus } from "./due";

export type BehindLearner = { id: string; name: string; reason: string };

/** The states that count as behind. In progress and done do not. */
export const BEHIND_STATUSES: readonly AssignmentStatus[] = ["overdue", "due-soon", "not-started"];

/** The parts of a progress grid the rule reads (a CohortProgress has them all). */
export type ProgressGrid = {
  assignments: { moduleNumber: number }[];
  learners: { userId: string; name: string; cells: { status: AssignmentStatus }[] }[];
};

/** Learners behind on any assigned module, in the grid's order, each with why (e.g. "Overdue: module 2"). */
export function behindLearners(progress: ProgressGrid): BehindLearner[] {
  return progress.learners.flatMap((learner) => {
    const reasons = learner.cells.flatMap((cell, index) => {
      const assignment = progress.assignments[index];
      return assignment && BEHIND_STATUSES.includes(cell.status)
        ? [`${STATUS_LABELS[cell.status]}: module ${assignment.moduleNumber}`]
        : [];
    });
    return reasons.length ? [{ id: learner.userId, name: learner.name, reason: reasons.join(" · ") }] : [];
  });
}
