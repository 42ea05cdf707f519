import Link from "@/components/ui/link";
import type { JournalEntry, ModuleGroup } from "@/lib/reflections/placement";
import type { JournalExtras } from "@/lib/reflections/journal-extras";
import { Replies } from "./replies";
import { EntryBody } from "./entry-body";
import { EntryMoment, type Zone } from "./entry-date";
import { EntryActions } from "./entry-actions";
import { answerAnchor, promptHref, type OpenedControls } from "./journal-url";
import { VisibilityLabel } from "./visibility-label";

function moduleHeading(group: ModuleGroup): string {
  return group.number === null ? group.title : `Module ${group.number}: ${group.title}`;
}

function Entry({
  entry,
  opened,
  extras,
  zone,
}: {
  entry: JournalEntry;
  /** Null on the print view, which has no controls. */
  opened: OpenedControls | null;
  extras: JournalExtras;
  zone: Zone;
}) {
  const reworded = entry.place.inCourse && entry.promptText !== entry.place.promptText;
  return (
    <li
      id={answerAnchor(entry.id)}
      className="flex break-inside-avoid flex-col gap-2 rounded-lg border border-border bg-surface p-4 print:border-0 print:border-l-2 print:py-1"
    >
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 text-sm">
        <span className="text-ink-muted">
          Answered <EntryMoment date={entry.createdAt} zone={zone} />
        </span>
        <VisibilityLabel sharedWith={extras.sharedWith.get(entry.id) ?? []} />
      </div>
      {reworded ? <p className="m-0 text-sm text-ink-muted">The question then read: {entry.promptText}</p> : null}
      <EntryBody body={entry.body} promptId={entry.promptId} />
      <Replies replies={extras.replies.get(entry.id)} zone={zone} />
      {opened ? <EntryActions entry={entry} extras={extras} zone={zone} opened={opened} /> : null}
    </li>
  );
}

/** The journal in course order: module (h2), lesson (h3), question (h4), answers. */
export function JournalGroups({
  groups,
  extras,
  zone,
  forPrint = false,
  opened,
}: {
  groups: ModuleGroup[];
  extras: JournalExtras;
  /** The learner's time zone (null: UTC). */
  zone: Zone;
} & (
  | { forPrint: true; opened?: never }
  | {
      forPrint?: false;
      /** This page of the journal, and the answer whose controls it draws open. */
      opened: OpenedControls;
    }
)) {
  return (
    <div className="flex flex-col gap-10">
      {groups.map((group) => (
        <section key={group.slug} aria-labelledby={`module-${group.slug}`} className="flex flex-col gap-6">
          <h2 id={`module-${group.slug}`} className="m-0 text-2xl font-semibold">
            {moduleHeading(group)}
          </h2>
          {group.lessons.map((lesson) => (
            <div key={lesson.lessonKey} className="flex flex-col gap-5">
              <h3 className="m-0 text-xl font-semibold">{lesson.title}</h3>
              {lesson.prompts.map((prompt) => (
                <div key={prompt.promptId} className="flex flex-col gap-3">
                  <h4 className="m-0 text-lg font-medium">
                    {forPrint ? prompt.promptText : <Link href={promptHref(prompt.promptId)}>{prompt.promptText}</Link>}
                  </h4>
                  {prompt.inCourse ? null : (
                    <p className="m-0 text-sm text-ink-muted">This question is no longer in the course.</p>
                  )}
                  <ul className="m-0 flex list-none flex-col gap-3 p-0">
                    {prompt.entries.map((entry) => (
                      <Entry
                        key={entry.id}
                        entry={entry}
                        opened={forPrint ? null : (opened ?? null)}
                        extras={extras}
                        zone={zone}
                      />
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
