import type { ReplyView } from "@/lib/cohorts/shared-reflections";
import { EntryBody } from "./entry-body";
import { EntryDate, type Zone } from "./entry-date";

/**
 * Facilitators' replies beside the entry they answer, each naming the cohort
 * it was written in (the learner sees every reply, whichever cohort it came
 * from); unread ones are marked "New".
 */
export function Replies({ replies, zone }: { replies: ReplyView[] | undefined; zone: Zone }) {
  if (!replies?.length) return null;
  return (
    <div className="flex flex-col gap-2 rounded-md border-l-4 border-accent bg-accent-soft p-3 print:bg-white">
      <p className="m-0 text-sm font-semibold">
        {replies.length === 1 ? "A reply from your facilitator" : `${replies.length} replies from your facilitators`}
      </p>
      <ul className="m-0 flex list-none flex-col gap-2 p-0">
        {replies.map((reply) => (
          <li key={reply.id} className="flex flex-col gap-1">
            <p className="m-0 text-sm text-ink-muted">
              {reply.read ? null : (
                <span className="mr-2 rounded-full bg-accent px-2 py-0.5 text-xs font-semibold text-accent-ink">
                  New
                </span>
              )}
              {reply.authorName}
              {reply.cohortName ? ` (${reply.cohortName})` : null}, <EntryDate date={reply.createdAt} zone={zone} />
            </p>
            <EntryBody body={reply.body} />
          </li>
        ))}
      </ul>
    </div>
  );
}
