import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/form-message";
import { Inbox } from "lucide-react";
import { requireRole } from "@/lib/auth/session";
import { encodeCursor } from "@/lib/cohorts/shared-cursor";
import { sharedWithCohort } from "@/lib/cohorts/shared-reflections";
import { markSharedRead } from "@/lib/notifications/notifications";
import { CohortHeader, cohortHref } from "../../../_components/cohort-header";
import { formatDate } from "@/lib/time/format";
import { cohortOr404, cohortTitle } from "../../../_lib/load";
import { ReplyForm } from "./_components/reply-form";
import { REPLY_MAX_CHARS, SharedReflectionsQuerySchema } from "./schemas";

// A save within a minute of sharing is the same moment, not an edit.
const EDITED_AFTER_MS = 60_000;

type Props = {
  params: Promise<{ cohortId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await cohortTitle((await params).cohortId, "Shared with you") };
}

export default async function SharedReflectionsPage({ params, searchParams }: Props) {
  const { cohortId } = await params;
  const here = cohortHref(cohortId, "/reflections");
  const facilitator = await requireRole("facilitator", here);
  const cohort = await cohortOr404(facilitator, cohortId);
  // A link we didn't make (edited by hand, cut short) shows the newest entries with a note, never an error page.
  const query = SharedReflectionsQuerySchema.safeParse(await searchParams);
  const { entries, total, offset, nextCursor } = await sharedWithCohort(facilitator, cohortId, {
    before: query.success ? query.data.before : undefined,
  });
  // Seen here: their "shared an answer" notices are read.
  await markSharedRead(
    facilitator,
    cohortId,
    entries.map((entry) => entry.id),
  );
  const olderHref = nextCursor ? `${here}?before=${encodeURIComponent(encodeCursor(nextCursor))}` : null;
  return (
    <div className="flex flex-col gap-8">
      <CohortHeader cohort={cohort} section="reflections" title="Shared with you">
        <p className="m-0 text-ink-muted">
          Only the reflections that learners chose to share with this cohort appear here, newest first, with the replies
          written in this cohort. Their private answers are never shown to you, and neither is anything they shared with
          another cohort. A learner can stop sharing at any time, or leave the cohort: the entry then leaves this page,
          with your replies.
        </p>
      </CohortHeader>

      {query.success ? null : (
        <FormMessage tone="error">
          {query.error.issues[0]?.message} Here are the newest reflections instead.
        </FormMessage>
      )}

      {total > 0 ? (
        <p className="m-0 text-ink-muted" data-testid="shared-count">
          {total === 1 ? "One reflection is" : `${total} reflections are`} shared with you.
          {entries.length > 0 && total > entries.length
            ? ` Showing ${offset + 1}–${offset + entries.length}${offset > 0 ? ", older ones" : ", the newest"}.`
            : ""}
        </p>
      ) : null}

      {entries.length === 0 ? (
        <EmptyState
          icon={Inbox}
          title={
            cohort.archived
              ? "This cohort is archived, so the reflections its learners shared are hidden."
              : total > 0
                ? "There are no older reflections. The ones shared with you are on the earlier pages."
                : "Nothing has been shared with you yet."
          }
          action={
            <Link href={cohortHref(cohort.id)} className={buttonClass("secondary")}>
              Back to the cohort
            </Link>
          }
        >
          {cohort.archived || total > 0 ? null : (
            <p className="m-0">When a learner shares one of their answers, it will appear here and you can reply.</p>
          )}
        </EmptyState>
      ) : (
        <ol className="m-0 flex list-none flex-col gap-6 p-0" aria-label="Shared reflections, newest first">
          {entries.map((entry) => (
            <li key={entry.id}>
              <article
                aria-labelledby={`entry-${entry.id}`}
                className="flex flex-col gap-4 rounded-lg border border-border bg-surface p-5"
              >
                <header className="flex flex-col gap-1">
                  <h2 id={`entry-${entry.id}`} className="m-0 text-xl font-semibold break-words">
                    {entry.learnerName}
                    <span className="font-normal text-ink-muted"> on “{entry.lessonTitle}”</span>
                  </h2>
                  <p className="m-0 text-sm text-ink-muted">
                    Shared{" "}
                    <time dateTime={entry.sharedAt.toISOString()}>
                      {formatDate(entry.sharedAt, facilitator.timeZone)}
                    </time>
                    {entry.updatedAt.getTime() - entry.sharedAt.getTime() > EDITED_AFTER_MS ? (
                      <>
                        {" "}
                        · edited since, on{" "}
                        <time dateTime={entry.updatedAt.toISOString()}>
                          {formatDate(entry.updatedAt, facilitator.timeZone)}
                        </time>
                      </>
                    ) : null}
                  </p>
                </header>
                <div className="flex flex-col gap-2">
                  <p className="m-0 font-medium">{entry.promptText}</p>
                  <div className="rounded-md border-l-4 border-accent bg-surface-muted px-4 py-3 break-words whitespace-pre-wrap">
                    {entry.body}
                  </div>
                </div>
                {entry.replies.length > 0 ? (
                  <section aria-labelledby={`replies-${entry.id}`} className="flex flex-col gap-2">
                    <h3 id={`replies-${entry.id}`} className="m-0 text-base font-semibold">
                      {entry.replies.length === 1 ? "Reply" : `Replies (${entry.replies.length})`}
                    </h3>
                    <ul className="m-0 flex list-none flex-col gap-2 p-0">
                      {entry.replies.map((reply) => (
                        <li key={reply.id} className="rounded-md border border-border px-4 py-3">
                          <p className="m-0 text-sm text-ink-muted">
                            {reply.authorName},{" "}
                            <time dateTime={reply.createdAt.toISOString()}>
                              {formatDate(reply.createdAt, facilitator.timeZone)}
                            </time>
                            {reply.read ? " · seen" : ""}
                          </p>
                          <p className="m-0 break-words whitespace-pre-wrap">{reply.body}</p>
                        </li>
                      ))}
                    </ul>
                  </section>
                ) : null}
                <ReplyForm
                  cohortId={cohort.id}
                  reflectionId={entry.id}
                  learnerName={entry.learnerName}
                  maxChars={REPLY_MAX_CHARS}
                />
              </article>
            </li>
          ))}
        </ol>
      )}

      {olderHref || offset > 0 ? (
        <nav aria-label="Older and newer reflections" className="flex flex-wrap items-center justify-between gap-3">
          {offset > 0 ? (
            <Link href={here} className={buttonClass("secondary")}>
              <span aria-hidden="true">←</span> Back to the newest
            </Link>
          ) : (
            <span />
          )}
          {olderHref ? (
            <Link href={olderHref} rel="next" className={buttonClass("secondary")}>
              Show older<span className="sr-only"> reflections</span> <span aria-hidden="true">→</span>
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
