// When an assignment is due for one learner, and what state it is in. Pure.
export const DUE_SOON_DAYS = 3;
const DAY_MS = 24 * 60 * 60 * 1000;

export type AssignmentStatus = "not-started" | "in-progress" | "done" | "due-soon" | "overdue";

export type DueRule = { dueAt: Date | null; dueDaysAfterJoin: number | null };

/** The moment it is due. Both kinds end with the due day (UTC), so "due in 7 days" means by the end of that day. */
export function dueDateFor(rule: DueRule, joinedAt: Date): Date | null {
  if (rule.dueAt) return rule.dueAt;
  if (rule.dueDaysAfterJoin === null) return null;
  const day = new Date(joinedAt.getTime() + rule.dueDaysAfterJoin * DAY_MS);
  day.setUTCHours(23, 59, 59, 999);
  return day;
}

/** Progress state first; an unfinished module near or past its due date says so. */
export function assignmentStatus(
  completed: number,
  visited: number,
  total: number,
  due: Date | null,
  now: Date,
): AssignmentStatus {
  if (total > 0 && completed >= total) return "done";
  if (due && due.getTime() < now.getTime()) return "overdue";
  if (due && due.getTime() - now.getTime() <= DUE_SOON_DAYS * DAY_MS) return "due-soon";
  return completed > 0 || visited > 0 ? "in-progress" : "not-started";
}

export const STATUS_LABELS: Record<AssignmentStatus, string> = {
  "not-started": "Not started",
  "in-progress": "In progress",
  done: "Done",
  "due-soon": "Due soon",
  overdue: "Overdue",
};

/** Sort key: what needs attention first, then the soonest due. */
export function urgency(status: AssignmentStatus): number {
  return { overdue: 0, "due-soon": 1, "in-progress": 2, "not-started": 3, done: 4 }[status];
}
