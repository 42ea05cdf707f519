// Dates and due rules in words, for the facilitator's pages. Moments (joined,
// shared, replied) are shown in the facilitator's own zone; due dates are
// calendar days of the cohort's zone, named when it is not the reader's
// (docs/decisions/014-time-zones.md).
import { dayIn } from "@/lib/time/calendar";
import { dueZoneNote, formatDay } from "@/lib/time/format";
import { zoneOrUtc } from "@/lib/time/zones";

/** "Friday 4 December 2026": the day `moment` falls on in `zone`. */
export function formatLongDay(moment: Date, zone: string | null | undefined): string {
  return formatDay(dayIn(moment, zoneOrUtc(zone)));
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * "Due Friday 4 December 2026" or "Due 7 days after each learner joins", with
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
