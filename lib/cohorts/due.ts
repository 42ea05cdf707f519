// When an assignment is due for one learner, and what state it is in. Pure.
import { addDays, dayIn, endOfDayIn } from "../time/calendar";
import { zoneOrUtc } from "../time/zones";

export const DUE_SOON_DAYS = 3;
const DAY_MS = 24 * 60 * 60 * 1000;

export type AssignmentStatus = "not-started" | "in-progress" | "done" | "due-soon" | "overdue";

export type DueRule = { dueDate: string | null; dueDaysAfterJoin: number | null };
/** The calendar day it is due ("2026-12-04", in the cohort's zone) and the moment that day ends. */
export type DueDay = { day: string; at: Date };

/**
 * When it is due for a learner who joined at `joinedAt`. Both kinds end with
 * the due day in the cohort's time zone, so "due in 7 days" means by the end
 * of the 7th day after the day they joined, as the cohort's clocks count it.
 */
export function dueFor(rule: DueRule, joinedAt: Date, cohortZone: string): DueDay | null {
  const zone = zoneOrUtc(cohortZone);
  let day: string;
  if (rule.dueDate) day = rule.dueDate;
  else if (rule.dueDaysAfterJoin !== null) day = addDays(dayIn(joinedAt, zone), rule.dueDaysAfterJoin);
  else return null;
  return { day, at: endOfDayIn(day, zone) };
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
