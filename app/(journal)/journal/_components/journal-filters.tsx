import Link from "@/components/ui/link";
import { Button, buttonClass } from "@/components/ui/button";
import type { FilterCounts } from "@/lib/reflections/journal";
import { journalHref, type JournalView } from "./journal-url";

type Props = {
  q: string;
  module: string | null;
  visibility: "private" | "shared" | null;
  view: JournalView;
  counts: FilterCounts;
  /** Every module of the course, so any can be chosen. */
  modules: { slug: string; number: number; title: string }[];
};

const control = "min-h-11 rounded-md border border-border bg-surface px-3 py-2 text-base text-ink";

/** Search and filters as a plain GET form: works without JavaScript, and the result can be bookmarked. */
export function JournalFilters({ q, module, visibility, view, counts, modules }: Props) {
  const countFor = (slug: string) => counts.modules.find((m) => m.slug === slug)?.count ?? 0;
  const other = counts.modules.find((m) => m.number === null);
  const active = q !== "" || module !== null || visibility !== null;
  return (
    <form
      role="search"
      aria-label="Your answers"
      action="/journal"
      method="get"
      className="no-print flex flex-col gap-4 rounded-lg border border-border bg-surface p-4"
    >
      {view === "lesson" ? null : <input type="hidden" name="view" value={view} />}
      <div className="flex flex-col gap-1">
        <label htmlFor="journal-q" className="font-medium">
          Search your answers
        </label>
        <input
          id="journal-q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={200}
          className={control}
          aria-describedby="journal-q-hint"
        />
        <p id="journal-q-hint" className="m-0 text-sm text-ink-muted">
          Finds answers, and questions, that contain every word you type.
        </p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="journal-module" className="font-medium">
            Module
          </label>
          <select id="journal-module" name="module" defaultValue={module ?? ""} className={control}>
            <option value="">All modules</option>
            {modules.map((m) => (
              <option key={m.slug} value={m.slug}>
                Module {m.number}: {m.title} ({countFor(m.slug)})
              </option>
            ))}
            {other ? (
              <option value={other.slug}>
                {other.title} ({other.count})
              </option>
            ) : null}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="journal-visibility" className="font-medium">
            Who can see them
          </label>
          <select id="journal-visibility" name="visibility" defaultValue={visibility ?? "all"} className={control}>
            <option value="all">All answers ({counts.visibility.all})</option>
            <option value="private">Private: only you can see them ({counts.visibility.private})</option>
            <option value="shared">Shared with a cohort ({counts.visibility.shared})</option>
          </select>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit">Show answers</Button>
        {active ? (
          <Link href={journalHref({ view })} className={buttonClass("quiet")}>
            Clear search and filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}
