// The journal's list of look-backs: due now, still to come, and done, each
// linking to its page (or, before its day, to the answer's question).
import Link from "next/link";
import type { LookBackView } from "@/lib/lookbacks/look-backs";
import { formatDate, formatDay } from "@/lib/time/format";
import { promptHref } from "./journal-url";

type Lists = { due: LookBackView[]; upcoming: LookBackView[]; done: LookBackView[] };

const pageOf = (lookBack: LookBackView) => `/journal/look-back/${encodeURIComponent(lookBack.id)}`;

export function LookBackList({ lookBacks, zone }: { lookBacks: Lists; zone: string | null | undefined }) {
  const { due, upcoming, done } = lookBacks;
  return (
    <section
      aria-labelledby="look-backs"
      className="flex flex-col gap-3 rounded-lg border border-border bg-surface p-5"
    >
      <h2 id="look-backs" className="m-0 text-xl font-semibold">
        Look-backs
      </h2>
      {due.length > 0 ? (
        <div className="flex flex-col gap-1">
          <h3 className="m-0 text-base font-semibold">Ready now</h3>
          <ul className="m-0 flex flex-col gap-1 pl-6">
            {due.map((lookBack) => (
              <li key={lookBack.id}>
                <Link href={pageOf(lookBack)}>{lookBack.entry.promptText}</Link>{" "}
                <span className="text-sm text-ink-muted">
                  (your answer from {formatDate(lookBack.entry.createdAt, zone)})
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {upcoming.length > 0 ? (
        <div className="flex flex-col gap-1">
          <h3 className="m-0 text-base font-semibold">Coming up</h3>
          <ul className="m-0 flex flex-col gap-1 pl-6">
            {upcoming.map((lookBack) => (
              <li key={lookBack.id}>
                {formatDay(lookBack.day)}:{" "}
                <Link href={promptHref(lookBack.entry.promptId)}>{lookBack.entry.promptText}</Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {done.length > 0 ? (
        <div className="flex flex-col gap-1">
          <h3 className="m-0 text-base font-semibold">Done</h3>
          <ul className="m-0 flex flex-col gap-1 pl-6">
            {done.map((lookBack) => (
              <li key={lookBack.id}>
                <Link href={pageOf(lookBack)}>{lookBack.entry.promptText}</Link>{" "}
                <span className="text-sm text-ink-muted">
                  (looked back on {formatDate(lookBack.doneAt!, zone)}: then and now side by side)
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
