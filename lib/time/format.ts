// Dates in words, in the reader's time zone (docs/decisions/014-time-zones.md).
// Every page, export, email and island formats through here, in one style:
// a moment's date reads "December 4, 2026" (with "at 14:05" when the time
// matters); a due date, which is a calendar day of the cohort's zone, reads
// "Friday, December 4, 2026", the same order with its weekday. A null zone
// means the person has not got one: UTC, and "UTC" is said wherever a time of
// day shows. Formatting is the platform's Intl.DateTimeFormat, which every
// browser and Node carry, so the lesson's islands ship no date library;
// arithmetic across zones is @date-fns/tz's, in calendar.ts
// (docs/decisions/023-dates-with-date-fns.md). Pure; safe anywhere.
import { UTC, zoneOrUtc } from "./zone-names";

const usable = new Map<string, boolean>();
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The zone to format in: the person's, or UTC when they have none or it is
 * one this runtime doesn't know. Asked of Intl itself rather than of the list
 * of names, because a browser may spell a zone its own way (Asia/Calcutta for
 * Asia/Kolkata) and still know it.
 */
function formattingZone(zone: string | null | undefined): string {
  if (!zone) return UTC;
  let ok = usable.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      ok = true;
    } catch {
      ok = false;
    }
    usable.set(zone, ok);
  }
  return ok ? zone : UTC;
}

const PATTERNS = {
  date: { month: "long", day: "numeric", year: "numeric" },
  month: { month: "long", year: "numeric" },
  time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  day: { weekday: "long", month: "long", day: "numeric", year: "numeric" },
  "day-no-year": { weekday: "long", month: "long", day: "numeric" },
  year: { year: "numeric" },
  short: { month: "short", day: "numeric" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

function inZone(moment: Date, zone: string, pattern: keyof typeof PATTERNS): string {
  const key = `${pattern}|${zone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { ...PATTERNS[pattern], timeZone: zone });
    formatters.set(key, formatter);
  }
  return formatter.format(moment);
}

/** "December 4, 2026": the day `moment` falls on in `zone`. */
export function formatDate(moment: Date, zone: string | null | undefined): string {
  return inZone(moment, formattingZone(zone), "date");
}

/** "Dec 4": the day `moment` falls on in `zone`, short, for tight grids (the full date goes in its label). */
export function formatShortDate(moment: Date, zone: string | null | undefined): string {
  return inZone(moment, formattingZone(zone), "short");
}

/** "Dec 4": a calendar day ("2026-12-04"), short. */
export function formatShortDay(day: string): string {
  const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
  return inZone(new Date(Date.UTC(year, month - 1, date)), UTC, "short");
}

/** "December 2026": the month `moment` falls in, in `zone`. */
export function formatMonth(moment: Date, zone: string | null | undefined): string {
  return inZone(moment, formattingZone(zone), "month");
}

/** "14:05", with " UTC" when the person has no zone of their own. */
export function formatTime(moment: Date, zone: string | null | undefined): string {
  const text = inZone(moment, formattingZone(zone), "time");
  return zone ? text : `${text} UTC`;
}

/** "December 4, 2026 at 14:05", with " UTC" when the person has no zone of their own. */
export function formatDateTime(moment: Date, zone: string | null | undefined): string {
  return `${formatDate(moment, zone)} at ${formatTime(moment, zone)}`;
}

/**
 * A calendar day ("2026-12-04") in words: "Friday, December 4, 2026", or
 * without the year ("Friday, December 4") when `withYear` is false. A day has
 * no zone; it is read as written.
 */
export function formatDay(day: string, withYear = true): string {
  const [year = 0, month = 1, date = 1] = day.split("-").map(Number);
  return inZone(new Date(Date.UTC(year, month - 1, date)), UTC, withYear ? "day" : "day-no-year");
}

/**
 * When a module is due, in the cohort's terms: "Due Thursday, December 4", and
 * when the reader lives in another zone, "Due Thursday, December 4 (end of
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
  const thisYear = inZone(input.now ?? new Date(), cohortZone, "year");
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
