// Dates in the journal. Rendered on the server, so in UTC (the learner's own
// time zone is not known there); <time> carries the exact moment.
const dayFormat = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" });
const monthFormat = new Intl.DateTimeFormat("en", { month: "long", year: "numeric", timeZone: "UTC" });

export function formatDay(date: Date): string {
  return dayFormat.format(date);
}

export function formatMonth(date: Date): string {
  return monthFormat.format(date);
}

export function EntryDate({ date }: { date: Date }) {
  return <time dateTime={date.toISOString()}>{formatDay(date)}</time>;
}
