import Link from "@/components/ui/link";
import type { JournalEntry } from "@/lib/reflections/placement";
import type { JournalExtras } from "@/lib/reflections/journal-extras";
import { Replies } from "./replies";
import { EntryBody } from "./entry-body";
import { EntryMoment, formatMonth, type Zone } from "./entry-date";
import { EntryActions } from "./entry-actions";
import { answerAnchor, promptHref, type OpenedControls } from "./journal-url";
import { VisibilityLabel } from "./visibility-label";

function byMonth(entries: JournalEntry[], zone: Zone): { month: string; entries: JournalEntry[] }[] {
  const months: { month: string; entries: JournalEntry[] }[] = [];
  for (const entry of entries) {
    const month = formatMonth(entry.createdAt, zone);
    const last = months.at(-1);
    if (last?.month === month) last.entries.push(entry);
    else months.push({ month, entries: [entry] });
  }
  return months;
}

/** Every answer, newest first, under the month it was written (h2) with its question (h3). */
export function TimelineList({
  entries,
  extras,
  zone,
  opened,
}: {
  entries: JournalEntry[];
  extras: JournalExtras;
  /** This page of the journal, and the answer whose controls it draws open. */
  opened: OpenedControls;
  /** The learner's time zone (null: UTC): months and days are counted in it. */
  zone: Zone;
}) {
  return (
    <div className="flex flex-col gap-10">
      {byMonth(entries, zone).map(({ month, entries: inMonth }) => (
        <section key={month} aria-label={month} className="flex flex-col gap-4">
          <h2 className="m-0 text-2xl font-semibold">{month}</h2>
          <ul className="m-0 flex list-none flex-col gap-4 p-0">
            {inMonth.map((entry) => (
              <li
                key={entry.id}
                id={answerAnchor(entry.id)}
                className="flex flex-col gap-2 rounded-lg border border-border bg-surface p-4"
              >
                <h3 className="m-0 text-lg font-medium">
                  <Link href={promptHref(entry.promptId)}>{entry.place.promptText}</Link>
                </h3>
                <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 text-sm">
                  <span className="text-ink-muted">
                    <EntryMoment date={entry.createdAt} zone={zone} /> ·{" "}
                    {entry.place.moduleNumber === null
                      ? entry.place.lessonTitle
                      : `Module ${entry.place.moduleNumber}, ${entry.place.lessonTitle}`}
                  </span>
                  <VisibilityLabel sharedWith={extras.sharedWith.get(entry.id) ?? []} />
                </div>
                <EntryBody body={entry.body} promptId={entry.promptId} />
                <Replies replies={extras.replies.get(entry.id)} zone={zone} />
                <EntryActions entry={entry} extras={extras} zone={zone} opened={opened} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
