import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { requireUser } from "@/lib/auth/session";
import { markRepliesRead } from "@/lib/cohorts/shared-reflections";
import { getCourse } from "@/lib/course/catalog";
import { myLookBacks } from "@/lib/lookbacks/look-backs";
import { journal, timeline } from "@/lib/reflections/journal";
import { idsInGroups, journalExtras, unreadReplyEntryIds } from "@/lib/reflections/journal-extras";
import { JournalFilters } from "./_components/journal-filters";
import { JournalGroups } from "./_components/journal-groups";
import { journalHref, type JournalParams } from "./_components/journal-url";
import { LookBackList } from "./_components/look-back-list";
import { Pagination } from "@/components/ui/pagination";
import { TimelineList } from "./_components/timeline-list";
import { JournalQuerySchema } from "./schemas";
import { EmptyState } from "@/components/ui/empty-state";
import { TabNav } from "@/components/ui/tabs";
import { BookOpen, Download, NotebookPen, Printer, SearchX, Trash2 } from "lucide-react";

export const metadata: Metadata = {
  title: "Your journal",
  description: "Every answer you have written in the course, with its date.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function JournalPage({ searchParams }: Props) {
  const user = await requireUser("/journal");
  const query = JournalQuerySchema.parse(await searchParams);
  const filters = {
    q: query.q,
    module: query.module,
    visibility: query.visibility === "all" ? undefined : query.visibility,
    page: query.page,
  };
  const data =
    query.view === "timeline"
      ? { view: "timeline" as const, ...(await timeline(user, filters)) }
      : { view: "lesson" as const, ...(await journal(user, filters)) };
  const shownIds = data.view === "timeline" ? data.entries.map((e) => e.id) : idsInGroups(data.groups);
  const [extras, lookBacks] = await Promise.all([journalExtras(user, shownIds), myLookBacks(user)]);
  const anyLookBacks = lookBacks.due.length + lookBacks.upcoming.length + lookBacks.done.length > 0;
  // The replies show as "New" on this page; from now on they count as read.
  await markRepliesRead(user, unreadReplyEntryIds(extras));
  const current: JournalParams = { ...data.filters, view: data.view };
  // Without JavaScript, an answer's sharing or look-back forms are drawn on a page of their own asking.
  const opened = { at: { ...current, page: data.page }, share: query.share, lookBack: query.lookBack };
  const first = (data.page - 1) * data.perPage + 1;
  const last = Math.min(data.page * data.perPage, data.total);
  const modules = getCourse().modules.map((m) => ({ slug: m.slug, number: m.number, title: m.title }));

  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <h1 className="m-0 text-3xl font-semibold">Your journal</h1>
        <p className="m-0 text-ink-muted">
          Every answer you write in the course is kept here with its date. Your answers are private unless you choose to
          share one with a cohort you&rsquo;re in, and each one says by name who can see it.
        </p>
        {data.hasAny ? (
          <div className="no-print flex flex-wrap gap-3">
            <a href="/api/journal/export?format=md" download className={buttonClass("secondary")}>
              <Download aria-hidden="true" />
              Download as Markdown
            </a>
            <a href="/api/journal/export?format=json" download className={buttonClass("secondary")}>
              <Download aria-hidden="true" />
              Download as JSON
            </a>
            <ButtonLink href="/journal/print" variant="secondary">
              <Printer aria-hidden="true" />
              Print view
            </ButtonLink>
            <ButtonLink href="/journal/summary" variant="secondary">
              Your plan and certificate
            </ButtonLink>
          </div>
        ) : null}
      </header>

      {query.deleted ? <FormMessage tone="success">Your answer was deleted.</FormMessage> : null}

      {anyLookBacks ? <LookBackList lookBacks={lookBacks} zone={user.timeZone} /> : null}

      {data.hasAny ? (
        <>
          <JournalFilters
            q={data.filters.q}
            module={data.filters.module}
            visibility={data.filters.visibility}
            view={data.view}
            counts={data.counts}
            modules={modules}
          />
          <TabNav
            label="Journal views"
            tabs={(
              [
                ["lesson", "By lesson"],
                ["timeline", "Timeline"],
              ] as const
            ).map(([view, label]) => ({
              href: journalHref({ ...current, view, page: 1 }),
              label,
              current: data.view === view,
            }))}
          />
          {data.total === 0 ? (
            <EmptyState
              icon={SearchX}
              title={`No answers match ${data.filters.q ? "your search" : "these filters"}.`}
              action={
                <Link href={journalHref({ view: data.view })} className={buttonClass("secondary")}>
                  Clear search and filters
                </Link>
              }
            >
              <p className="m-0">Try other words, or another module or setting.</p>
            </EmptyState>
          ) : (
            <>
              <p className="m-0 text-ink-muted">
                {data.total === 1
                  ? "Showing your one matching answer."
                  : data.pageCount === 1
                    ? `Showing all ${data.total} answers.`
                    : `Showing answers ${first} to ${last} of ${data.total}.`}
              </p>
              {data.view === "timeline" ? (
                <TimelineList entries={data.entries} extras={extras} zone={user.timeZone} opened={opened} />
              ) : (
                <JournalGroups groups={data.groups} extras={extras} zone={user.timeZone} opened={opened} />
              )}
              <Pagination
                page={data.page}
                pageCount={data.pageCount}
                hrefFor={(page) => journalHref({ ...current, page })}
              />
            </>
          )}
        </>
      ) : (
        <EmptyState
          icon={NotebookPen}
          title="Your journal is empty for now."
          action={
            <ButtonLink href="/learn">
              <BookOpen aria-hidden="true" />
              Go to the course
            </ButtonLink>
          }
        >
          <p className="m-0">
            Each lesson asks you a question to answer in writing. Your answers appear here, dated, so you can come back
            to them and see how your thinking changes.
          </p>
        </EmptyState>
      )}

      <section aria-labelledby="your-data" className="no-print flex flex-col gap-2 border-t border-border pt-6">
        <h2 id="your-data" className="m-0 text-xl font-semibold">
          Your data
        </h2>
        <p className="m-0 text-ink-muted">
          Your answers belong to you. You can download them at any time, delete them, or{" "}
          <Link href="/account/delete">delete your whole account</Link>.
        </p>
        {data.hasAny ? (
          <p className="m-0">
            <Link href="/journal/delete" className="inline-flex min-h-11 items-center gap-2 text-danger">
              <Trash2 aria-hidden="true" className="size-[1.1em] shrink-0" />
              Delete all my answers
            </Link>
          </p>
        ) : null}
      </section>
    </div>
  );
}
