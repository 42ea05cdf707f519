// Dates in the journal, in the learner's own time zone (UTC when they have
// none; see lib/time/format.ts). <time> carries the exact moment.
import { formatDate, formatDateTime, formatMonth as formatMonthIn } from "@/lib/time/format";

export type Zone = string | null | undefined;

export function formatDay(date: Date, zone: Zone): string {
  return formatDate(date, zone);
}

export function formatMonth(date: Date, zone: Zone): string {
  return formatMonthIn(date, zone);
}

export function EntryDate({ date, zone }: { date: Date; zone: Zone }) {
  return <time dateTime={date.toISOString()}>{formatDay(date, zone)}</time>;
}

/** When an answer was written or saved, to the minute: two answers of one day can be told apart. */
export function EntryMoment({ date, zone }: { date: Date; zone: Zone }) {
  return <time dateTime={date.toISOString()}>{formatDateTime(date, zone)}</time>;
}
