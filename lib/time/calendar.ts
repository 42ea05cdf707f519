// Calendar days and moments in a time zone, with Intl only (no library).
// A "day" is an ISO calendar date string, "2026-12-04"; a moment is a Date.
// Pure; safe anywhere.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(zone: string): Intl.DateTimeFormat {
  let format = partsFormats.get(zone);
  if (!format) {
    // Throws a RangeError for a zone Intl doesn't know.
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    partsFormats.set(zone, format);
  }
  return format;
}

/** The wall-clock date and time in `zone` at `moment`, as UTC fields. */
function wallClock(moment: number, zone: string): number {
  const fields: Record<string, number> = {};
  for (const part of partsFormat(zone).formatToParts(moment)) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = fields;
  const wall = new Date(0);
  wall.setUTCFullYear(year, month - 1, day);
  wall.setUTCHours(hour, minute, second, 0);
  return wall.getTime();
}

/** Milliseconds `zone` is ahead of UTC at `moment` (negative west of Greenwich). */
export function zoneOffsetMs(moment: Date | number, zone: string): number {
  const time = typeof moment === "number" ? moment : moment.getTime();
  const whole = Math.floor(time / 1000) * 1000;
  return wallClock(whole, zone) - whole;
}

/** The parts of an ISO day, or null when it is not a real calendar date. */
export function parseDay(day: string): { year: number; month: number; date: number } | null {
  const match = ISO_DAY.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(0);
  check.setUTCFullYear(year, month - 1, date);
  // Rolling over (31 June → 1 July) means there is no such day.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) return null;
  return { year, month, date };
}

/** Midnight UTC of an ISO day: the day as a Date to format in UTC. */
export function dayAsUtcDate(day: string): Date {
  const parts = parseDay(day);
  if (!parts) throw new RangeError(`Not a calendar day: ${day}`);
  const result = new Date(0);
  result.setUTCFullYear(parts.year, parts.month - 1, parts.date);
  return result;
}

function isoOf(date: Date): string {
  const year = String(date.getUTCFullYear()).padStart(4, "0");
  return `${year}-${String(date.getUTCMonth() + 1).padStart(2, "0")}-${String(date.getUTCDate()).padStart(2, "0")}`;
}

/** The calendar day `moment` falls on in `zone`. */
export function dayIn(moment: Date, zone: string): string {
  return isoOf(new Date(wallClock(moment.getTime(), zone)));
}

/** The ISO day `days` after (or before, when negative) `day`. */
export function addDays(day: string, days: number): string {
  const date = dayAsUtcDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return isoOf(date);
}

/**
 * The first moment of `day` in `zone`. Usually local midnight; where a clock
 * change skips midnight (the day starts at 01:00), the first moment that
 * exists.
 */
export function startOfDayIn(day: string, zone: string): Date {
  const midnight = dayAsUtcDate(day).getTime();
  // Two guesses: with the offset at "midnight read as UTC", then with the
  // offset at the first guess. Away from a clock change they agree.
  const first = midnight - zoneOffsetMs(midnight, zone);
  const second = midnight - zoneOffsetMs(first, zone);
  const exact = [first, second].filter((moment) => wallClock(moment, zone) === midnight);
  // Midnight happening twice (clocks going back across it): the earlier one.
  if (exact.length > 0) return new Date(Math.min(...exact));
  // Midnight skipped (clocks going forward at 00:00): the day starts at the
  // change, which is the later guess.
  return new Date(Math.max(first, second));
}

/** The last millisecond of `day` in `zone`: "due on that day" means before this ends. */
export function endOfDayIn(day: string, zone: string): Date {
  return new Date(startOfDayIn(addDays(day, 1), zone).getTime() - 1);
}
