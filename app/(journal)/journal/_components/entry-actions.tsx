import Link from "@/components/ui/link";
import type { JournalEntry } from "@/lib/reflections/placement";
import type { JournalExtras } from "@/lib/reflections/journal-extras";
import { formatDay, type Zone } from "./entry-date";
import { EntryLookBackControls } from "./entry-look-back";
import { EntrySharing } from "./entry-sharing";
import { openedHref, promptHref, type OpenedControls } from "./journal-url";

/** Under an answer in the journal and its timeline: who to share it with, its look-back, and its question's page. */
export function EntryActions({
  entry,
  extras,
  zone,
  opened,
}: {
  entry: JournalEntry;
  extras: JournalExtras;
  zone: Zone;
  /** This page of the journal, and the answer whose controls it draws open. */
  opened: OpenedControls;
}) {
  return (
    <div className="no-print flex flex-col gap-1 border-t border-border pt-3">
      <EntrySharing
        entryId={entry.id}
        what={`your answer from ${formatDay(entry.createdAt, zone)}`}
        sharedWith={extras.sharedWith.get(entry.id) ?? []}
        cohorts={extras.cohorts}
        onDemand={{
          href: openedHref(opened, "share", entry.id),
          closedHref: openedHref(opened, null, entry.id),
          open: opened.share === entry.id,
        }}
      />
      <EntryLookBackControls
        entryId={entry.id}
        lookBack={extras.lookBacks.get(entry.id) ?? null}
        onDemand={{ href: openedHref(opened, "lookBack", entry.id), open: opened.lookBack === entry.id }}
      />
      <p className="m-0 text-sm">
        <Link href={promptHref(entry.promptId)} className="inline-flex min-h-11 items-center">
          Open beside your other answers
        </Link>
      </p>
    </div>
  );
}
