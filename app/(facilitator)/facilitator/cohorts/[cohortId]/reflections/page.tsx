import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { sharedWithCohort } from "@/lib/cohorts/shared-reflections";
import { CohortHeader, cohortHref } from "../../../_components/cohort-header";
import { formatLongDay, formatShortDay } from "../../../_lib/format";
import { cohortOr404, cohortTitle } from "../../../_lib/load";
import { ReplyForm } from "./_components/reply-form";
import { REPLY_MAX_CHARS } from "./schemas";

// A save within a minute of sharing is the same moment, not an edit.
const EDITED_AFTER_MS = 60_000;

type Props = { params: Promise<{ cohortId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await cohortTitle((await params).cohortId, "Shared with you") };
}

export default async function SharedReflectionsPage({ params }: Props) {
  const { cohortId } = await params;
  const facilitator = await requireRole("facilitator", cohortHref(cohortId, "/reflections"));
  const cohort = await cohortOr404(facilitator, cohortId);
  const entries = await sharedWithCohort(facilitator, cohortId);
  return (
    <div className="flex flex-col gap-8">
      <CohortHeader cohort={cohort} section="reflections" title="Shared with you">
        <p className="m-0 text-ink-muted">
          Only the reflections that learners in this cohort chose to share appear here, newest first. Their private
          answers are never shown to you, and a learner can stop sharing at any time: the entry then leaves this page,
          with your replies.
        </p>
      </CohortHeader>

      {entries.length === 0 ? (
        <p className="m-0 rounded-lg border border-dashed border-border bg-surface p-5">
          {cohort.archived
            ? "This cohort is archived, so the reflections its learners shared are hidden."
            : "Nothing has been shared with you yet. When a learner shares one of their answers, it will appear here and you can reply."}
        </p>
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
                    Shared <time dateTime={entry.sharedAt.toISOString()}>{formatLongDay(entry.sharedAt)}</time>
                    {entry.updatedAt.getTime() - entry.sharedAt.getTime() > EDITED_AFTER_MS ? (
                      <>
                        {" "}
                        · edited since, on{" "}
                        <time dateTime={entry.updatedAt.toISOString()}>{formatShortDay(entry.updatedAt)}</time>
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
                            <time dateTime={reply.createdAt.toISOString()}>{formatShortDay(reply.createdAt)}</time>
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
    </div>
  );
}
