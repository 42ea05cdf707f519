// Dates and due rules in words, for the facilitator's pages. Due dates are
// shown in UTC: a date chosen as "Friday" is stored as the end of Friday, UTC.
const dayParts = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const shortDay = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "Friday 4 December 2026". */
export function formatLongDay(date: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    dayParts.formatToParts(date).find((p) => p.type === type)?.value ?? "";
  return `${part("weekday")} ${part("day")} ${part("month")} ${part("year")}`;
}

/** "4 Dec 2026". */
export function formatShortDay(date: Date): string {
  return shortDay.format(date);
}

/** "2026-12-04": the value of an <input type="date"> for a stored due date. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "Due Friday 4 December 2026" or "Due 7 days after each learner joins". */
export function dueRuleText(rule: { dueAt: Date | null; dueDaysAfterJoin: number | null }): string {
  if (rule.dueAt) return `Due ${formatLongDay(rule.dueAt)}`;
  if (rule.dueDaysAfterJoin !== null) return `Due ${plural(rule.dueDaysAfterJoin, "day")} after each learner joins`;
  return "No due date";
}
