// Due rules in words, for the facilitator's pages. Due dates are calendar
// days of the cohort's zone, named when it is not the reader's
// (docs/decisions/014-time-zones.md); moments go through lib/time/format.ts.
import { dueZoneNote, formatDay } from "@/lib/time/format";

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * "Due Friday, December 4, 2026" or "Due 7 days after each learner joins", with
 * "(end of day, Asia/Tokyo time)" when the cohort's zone is not the reader's.
 */
export function dueRuleText(
  rule: { dueDate: string | null; dueDaysAfterJoin: number | null },
  cohortZone: string = "UTC",
  readerZone: string | null | undefined = cohortZone,
): string {
  const zoneNote = dueZoneNote(cohortZone, readerZone);
  if (rule.dueDate) return `Due ${formatDay(rule.dueDate)}${zoneNote}`;
  if (rule.dueDaysAfterJoin !== null) {
    return `Due ${plural(rule.dueDaysAfterJoin, "day")} after each learner joins${zoneNote}`;
  }
  return "No due date";
}
