// The earlier answer and the new one side by side (stacked on a phone), with
// the words that were added and removed marked by the diff library: struck
// through or underlined and bold, with "removed"/"added" said to screen
// readers, never by colour alone.
import { diffWords, type ChangeObject } from "diff";
import { formatDateTime } from "@/lib/time/format";

type Answer = { body: string; at: Date };

// A light tint behind each change makes it easy to find on a phone; the
// strike-through and the bold underline still carry the meaning without it.
const REMOVED = "rounded-sm bg-danger-soft decoration-2 box-decoration-clone";
const ADDED = "rounded-sm bg-success-soft font-semibold decoration-2 underline-offset-2 box-decoration-clone";

/** One answer, with its own side of the changes marked: "Then" shows what was removed, "Now" what was added. */
function Column({
  title,
  answer,
  zone,
  changes,
  shows,
}: {
  title: string;
  answer: Answer;
  zone: string | null | undefined;
  changes: ChangeObject<string>[];
  shows: "removed" | "added";
}) {
  const Mark = shows === "removed" ? "del" : "ins";
  const other = shows === "removed" ? "added" : "removed";
  return (
    <article
      className={`flex flex-col gap-2 rounded-lg bg-surface p-4 ${shows === "added" ? "border-2 border-accent" : "border border-border"}`}
    >
      <h3 className="m-0 text-base font-semibold">
        {title} <span className="font-normal text-ink-muted">· {formatDateTime(answer.at, zone)}</span>
      </h3>
      <p className="m-0 whitespace-pre-wrap">
        {changes.map((part, index) =>
          part[other] ? null : part[shows] ? (
            <Mark key={index} className={shows === "removed" ? REMOVED : ADDED}>
              <span className="sr-only"> [{shows}: </span>
              {part.value}
              <span className="sr-only">] </span>
            </Mark>
          ) : (
            <span key={index}>{part.value}</span>
          ),
        )}
      </p>
    </article>
  );
}

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
        Words you took out are <del className={REMOVED}>struck through</del> in &ldquo;Then&rdquo;; words you added are{" "}
        <ins className={ADDED}>underlined and bold</ins> in &ldquo;Now&rdquo;.{" "}
        {removed === 0 && added === 0 ? "The two answers are the same." : ""}
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        <Column title="Then" answer={then} zone={zone} changes={changes} shows="removed" />
        <Column title="Now" answer={now} zone={zone} changes={changes} shows="added" />
      </div>
    </section>
  );
}
