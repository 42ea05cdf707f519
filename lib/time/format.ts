// Dates in words, in the reader's time zone (docs/decisions/014-time-zones.md).
// Every page, export and email formats through here. A null zone means the
// person has not got one: UTC, and "UTC" is said wherever a time of day shows.
// Pure; safe anywhere.
import { dayAsUtcDate, dayIn } from "./calendar";
import { UTC, zoneOrUtc } from "./zones";

type Style = "full" | "long" | "medium";
const formats = new Map<string, Intl.DateTimeFormat>();

function format(key: string, zone: string, options: Intl.DateTimeFormatOptions, locale = "en"): Intl.DateTimeFormat {
  const cacheKey = `${key}|${zone}`;
  let cached = formats.get(cacheKey);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
    formats.set(cacheKey, cached);
  }
  return cached;
}

/** "December 4, 2026" (long), "Dec 4, 2026" (medium), "Friday, December 4, 2026" (full), in `zone`. */
export function formatDate(moment: Date, zone: string | null | undefined, style: Style = "long"): string {
  return format(`date-${style}`, zoneOrUtc(zone), { dateStyle: style }).format(moment);
}

/** "December 2026": the month `moment` falls in, in `zone`. */
export function formatMonth(moment: Date, zone: string | null | undefined): string {
  return format("month", zoneOrUtc(zone), { month: "long", year: "numeric" }).format(moment);
}

/** "December 4, 2026 at 14:05", with " UTC" when the person has no zone of their own. */
export function formatDateTime(moment: Date, zone: string | null | undefined): string {
  const text = format("date-time", zoneOrUtc(zone), {
    dateStyle: "long",
    timeStyle: "short",
    hourCycle: "h23",
  }).format(moment);
  return zone ? text : `${text} UTC`;
}

/** "4 Dec 2026": a moment's day, short, in `zone`. */
export function formatShortDate(moment: Date, zone: string | null | undefined): string {
  return format("short", zoneOrUtc(zone), { day: "numeric", month: "short", year: "numeric" }, "en-GB").format(moment);
}

const dayParts = { weekday: "long", day: "numeric", month: "long", year: "numeric" } as const;

/**
 * A calendar day ("2026-12-04") in words: "Friday 4 December 2026", or
 * without the year ("Friday 4 December") when `withYear` is false. A day has
 * no zone; it is read as written.
 */
export function formatDay(day: string, withYear = true): string {
  const parts = format("day", UTC, dayParts, "en-GB").formatToParts(dayAsUtcDate(day));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const text = `${part("weekday")} ${part("day")} ${part("month")}`;
  return withYear ? `${text} ${part("year")}` : text;
}

/** "4 Dec 2026" for a calendar day. */
export function formatShortDay(day: string): string {
  return format("short", UTC, { day: "numeric", month: "short", year: "numeric" }, "en-GB").format(dayAsUtcDate(day));
}

/**
 * When a module is due, in the cohort's terms: "Due Thursday 4 December", and
 * when the reader lives in another zone, "Due Thursday 4 December (end of
 * day, Europe/Berlin time)" so nobody mistakes whose Thursday it is. The year
 * is said only when it is not the current one.
 */
export function dueText(input: {
  day: string;
  cohortZone: string;
  readerZone: string | null | undefined;
  now?: Date;
}): string {
  const cohortZone = zoneOrUtc(input.cohortZone);
  const thisYear = dayIn(input.now ?? new Date(), cohortZone).slice(0, 4);
  return `Due ${formatDay(input.day, input.day.slice(0, 4) !== thisYear)}${dueZoneNote(cohortZone, input.readerZone)}`;
}

/** " (end of day, Europe/Berlin time)" when the cohort's zone is not the reader's, else "". */
export function dueZoneNote(cohortZone: string | null | undefined, readerZone: string | null | undefined): string {
  return sameZone(cohortZone, readerZone) ? "" : ` (end of day, ${zoneOrUtc(cohortZone)} time)`;
}

/** Whether two stored zones mean the same thing (no zone means UTC). */
export function sameZone(a: string | null | undefined, b: string | null | undefined): boolean {
  return zoneOrUtc(a) === zoneOrUtc(b);
}
