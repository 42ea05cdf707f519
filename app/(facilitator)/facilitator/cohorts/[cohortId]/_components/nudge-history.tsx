import Link from "@/components/ui/link";
import type { SentNudge } from "@/lib/cohorts/nudges";
import { formatDateTime } from "@/lib/time/format";
import { learnerHref } from "./grid-html";

/** Nudges already sent: to whom, by whom, when, what it said, and whether it has been read. */
export function NudgeHistory({
  cohortId,
  nudges,
  readerZone,
  showLearner = true,
}: {
  cohortId: string;
  nudges: SentNudge[];
  readerZone: string | null | undefined;
  showLearner?: boolean;
}) {
  if (nudges.length === 0) {
    return <p className="m-0 rounded-md border border-dashed border-border p-4">No nudges have been sent yet.</p>;
  }
  return (
    <ol className="m-0 flex list-none flex-col gap-3 p-0" aria-label="Nudges sent">
      {nudges.map((nudge) => (
        <li key={nudge.id} className="flex flex-col gap-1 rounded-lg border border-border bg-surface p-4">
          <p className="m-0 flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
            <span className="font-semibold">
              {showLearner ? (
                <>
                  To <Link href={learnerHref(cohortId, nudge.toId)}>{nudge.toName}</Link>
                </>
              ) : (
                "Nudge"
              )}
              <span className="font-normal text-ink-muted">
                {" "}
                · {nudge.automatic ? "automatic reminder" : `from ${nudge.fromName ?? "a former facilitator"}`}
              </span>
            </span>
            <span className="text-sm text-ink-muted">{formatDateTime(nudge.createdAt, readerZone)}</span>
          </p>
          <p className="m-0 text-sm whitespace-pre-wrap">{nudge.message}</p>
          <p className="m-0 text-sm">
            {nudge.readAt ? (
              <span className="font-medium text-success">
                <span aria-hidden="true">✓ </span>Read {formatDateTime(nudge.readAt, readerZone)}
              </span>
            ) : (
              <span className="text-ink-muted">
                <span aria-hidden="true">○ </span>Not read yet
              </span>
            )}
            {nudge.emailed ? <span className="text-ink-muted"> · also emailed</span> : null}
          </p>
        </li>
      ))}
    </ol>
  );
}
