// Calendar days and moments in a time zone, through date-fns and @date-fns/tz
// (docs/decisions/023-dates-with-date-fns.md). A "day" is an ISO calendar date
// string, "2026-12-04"; a moment is a Date. Pure; safe anywhere.
import { TZDate, tz, tzOffset } from "@date-fns/tz";
import { addDays as addCalendarDays, format, isExists } from "date-fns";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const known = new Set<string>();

/** Throws a RangeError for a zone Intl doesn't know (date-fns would quietly read it as UTC). */
function checked(zone: string): string {
  if (!known.has(zone)) {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    known.add(zone);
  }
  return zone;
}

/** Milliseconds `zone` is ahead of UTC at `moment` (negative west of Greenwich). */
export function zoneOffsetMs(moment: Date | number, zone: string): number {
  return tzOffset(checked(zone), new Date(moment)) * 60_000;
}

/** The parts of an ISO day, or null when it is not a real calendar date. */
export function parseDay(day: string): { year: number; month: number; date: number } | null {
  const match = ISO_DAY.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isExists(year, month - 1, date) ? { year, month, date } : null;
}

function dayInZone(day: string, zone: string): TZDate {
  const parts = parseDay(day);
  if (!parts) throw new RangeError(`Not a calendar day: ${day}`);
  return new TZDate(parts.year, parts.month - 1, parts.date, zone);
}

/** Midnight UTC of an ISO day: the day as a Date to format in UTC. */
export function dayAsUtcDate(day: string): Date {
  return new Date(dayInZone(day, "UTC").getTime());
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day `moment` falls on in `zone`. Asked of one cached
 * Intl.DateTimeFormat per zone rather than of date-fns: pages such as a
 * cohort's overview ask it thousands of times per request, and this is
 * several times cheaper (lib/time/calendar.test.ts checks they agree).
 */
export function dayIn(moment: Date, zone: string): string {
  let formatter = dayFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: checked(zone),
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
    dayFormatters.set(zone, formatter);
  }
  let year = "";
  let month = "";
  let date = "";
  for (const part of formatter.formatToParts(moment)) {
    if (part.type === "year") year = part.value;
    else if (part.type === "month") month = part.value;
    else if (part.type === "day") date = part.value;
  }
  return `${year.padStart(4, "0")}-${month}-${date}`;
}

/** dayIn through date-fns, kept for the test that checks the fast path agrees with it. */
export function dayInByDateFns(moment: Date, zone: string): string {
  return format(moment, "yyyy-MM-dd", { in: tz(checked(zone)) });
}

/**
 * The ISO day `days` after (or before, when negative) `day`. Calendar days
 * have no zone, so this is plain arithmetic on a UTC date: no TZDate, whose
 * every step asks Intl for an offset (the cohort overview adds days for each
 * due rule and week; lib/time/calendar.test.ts checks it against date-fns).
 */
export function addDays(day: string, days: number): string {
  const parts = parseDay(day);
  if (!parts) throw new RangeError(`Not a calendar day: ${day}`);
  const date = new Date(0);
  date.setUTCFullYear(parts.year, parts.month - 1, parts.date + days);
  const month = String(date.getUTCMonth() + 1).padStart(2, "0");
  const dayOfMonth = String(date.getUTCDate()).padStart(2, "0");
  return `${String(date.getUTCFullYear()).padStart(4, "0")}-${month}-${dayOfMonth}`;
}

/** addDays through date-fns, kept for the test that checks the arithmetic agrees with it. */
export function addDaysByDateFns(day: string, days: number): string {
  return format(addCalendarDays(dayInZone(day, "UTC"), days), "yyyy-MM-dd");
}

// The first moment of a day in a zone never changes while the process runs
// (the zone rules are the runtime's), and a page asks for the same few days
// on every request: a cohort's week boundaries and due days. Kept per zone
// and day, and forgotten all at once when there are many.
const dayStarts = new Map<string, number>();
const DAY_STARTS_KEPT = 10_000;

/**
 * The first moment of `day` in `zone`. Usually local midnight; where a clock
 * change skips midnight (the day starts at 01:00), the first moment that
 * exists.
 */
export function startOfDayIn(day: string, zone: string): Date {
  const key = `${zone}|${day}`;
  let start = dayStarts.get(key);
  if (start === undefined) {
    start = dayInZone(day, checked(zone)).getTime();
    if (dayStarts.size >= DAY_STARTS_KEPT) dayStarts.clear();
    dayStarts.set(key, start);
  }
  return new Date(start);
}

/** The last millisecond of `day` in `zone`: "due on that day" means before this ends. */
export function endOfDayIn(day: string, zone: string): Date {
  return new Date(startOfDayIn(addDays(day, 1), zone).getTime() - 1);
}
