// The earlier answer and the new one side by side (stacked on a phone), with
// the words that were added and removed marked by the diff library: struck
// through or underlined and bold, with "removed"/"added" said to screen
// readers, never by colour alone.
import { diffWords } from "diff";
import { formatDateTime } from "@/lib/time/format";

type Answer = { body: string; at: Date };

export function ThenAndNow({ then, now, zone }: { then: Answer; now: Answer; zone: string | null | undefined }) {
  const changes = diffWords(then.body, now.body);
  const removed = changes.filter((c) => c.removed).reduce((n, c) => n + c.count, 0);
  const added = changes.filter((c) => c.added).reduce((n, c) => n + c.count, 0);
  return (
    <section aria-labelledby="then-and-now" className="flex flex-col gap-4">
      <h2 id="then-and-now" className="m-0 text-xl font-semibold">
        Then and now
      </h2>
      <p className="m-0 text-sm text-ink-muted">
        Words you took out are <del className="decoration-2">struck through</del> on the left; words you added are{" "}
        <ins className="font-semibold decoration-2 underline-offset-2">underlined and bold</ins> on the right.{" "}
        {removed === 0 && added === 0 ? "The two answers are the same." : ""}
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        <article className="flex flex-col gap-2 rounded-lg border border-border bg-surface p-4">
          <h3 className="m-0 text-base font-semibold">
            Then <span className="font-normal text-ink-muted">· {formatDateTime(then.at, zone)}</span>
          </h3>
          <p className="m-0 whitespace-pre-wrap">
            {changes.map((part, index) =>
              part.added ? null : part.removed ? (
                <del key={index} className="decoration-2">
                  <span className="sr-only"> [removed: </span>
                  {part.value}
                  <span className="sr-only">] </span>
                </del>
              ) : (
                <span key={index}>{part.value}</span>
              ),
            )}
          </p>
        </article>
        <article className="flex flex-col gap-2 rounded-lg border-2 border-accent bg-surface p-4">
          <h3 className="m-0 text-base font-semibold">
            Now <span className="font-normal text-ink-muted">· {formatDateTime(now.at, zone)}</span>
          </h3>
          <p className="m-0 whitespace-pre-wrap">
            {changes.map((part, index) =>
              part.removed ? null : part.added ? (
                <ins key={index} className="font-semibold decoration-2 underline-offset-2">
                  <span className="sr-only"> [added: </span>
                  {part.value}
                  <span className="sr-only">] </span>
                </ins>
              ) : (
                <span key={index}>{part.value}</span>
              ),
            )}
          </p>
        </article>
      </div>
    </section>
  );
}
