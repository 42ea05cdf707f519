// On the dashboard, on the day a look-back comes due: the question, when the
// learner answered it, and the way in.
import Link from "@/components/ui/link";
import type { LookBackView } from "@/lib/lookbacks/look-backs";
import { formatDate } from "@/lib/time/format";
import { lookBackPath } from "@/lib/lookbacks/path";

export function LookBacksDue({ lookBacks, zone }: { lookBacks: LookBackView[]; zone: string | null | undefined }) {
  return (
    <section
      aria-labelledby="look-back"
      className="flex flex-col gap-3 rounded-lg border-l-4 border-accent bg-accent-soft p-5"
    >
      <h2 id="look-back" className="m-0 text-xl font-semibold">
        Time to look back
      </h2>
      <p className="m-0">
        You asked to come back to {lookBacks.length === 1 ? "this answer" : "these answers"}, and the day has come. Read
        what you wrote then, answer again, and see what has changed.
      </p>
      <ul className="m-0 flex list-none flex-col gap-2 p-0">
        {lookBacks.map((lookBack) => (
          <li key={lookBack.id} className="flex flex-col gap-1 rounded-md bg-surface p-4">
            <Link href={lookBackPath(lookBack.id)} className="font-semibold">
              Look back: {lookBack.entry.promptText}
            </Link>
            <span className="text-sm text-ink-muted">
              You wrote it on {formatDate(lookBack.entry.createdAt, zone)}.
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
