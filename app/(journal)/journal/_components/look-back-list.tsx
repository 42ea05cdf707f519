// The journal's list of look-backs: due now, still to come, and done, each
// linking to its page (or, before its day, to the answer's question).
import Link from "@/components/ui/link";
import type { ReactNode } from "react";
import type { LookBackView } from "@/lib/lookbacks/look-backs";
import { lookBackPath } from "@/lib/lookbacks/path";
import { formatDate, formatDay } from "@/lib/time/format";
import { promptHref } from "./journal-url";

type Lists = { due: LookBackView[]; upcoming: LookBackView[]; done: LookBackView[] };

/** One group of the list, under its heading; nothing when it is empty. */
function Group({
  title,
  items,
  render,
}: {
  title: string;
  items: LookBackView[];
  render: (lookBack: LookBackView) => ReactNode;
}) {
  if (items.length === 0) return null;
  return (
    <div className="flex flex-col gap-1">
      <h3 className="m-0 text-base font-semibold">{title}</h3>
      <ul className="m-0 flex flex-col gap-1 pl-6">
        {items.map((lookBack) => (
          <li key={lookBack.id}>{render(lookBack)}</li>
        ))}
      </ul>
    </div>
  );
}

export function LookBackList({ lookBacks, zone }: { lookBacks: Lists; zone: string | null | undefined }) {
  return (
    <section
      aria-labelledby="look-backs"
      className="flex flex-col gap-3 rounded-lg border border-border bg-surface p-5"
    >
      <h2 id="look-backs" className="m-0 text-xl font-semibold">
        Look-backs
      </h2>
      <Group
        title="Ready now"
        items={lookBacks.due}
        render={(lookBack) => (
          <>
            <Link href={lookBackPath(lookBack.id)}>{lookBack.entry.promptText}</Link>{" "}
            <span className="text-sm text-ink-muted">
              (your answer from {formatDate(lookBack.entry.createdAt, zone)})
            </span>
          </>
        )}
      />
      <Group
        title="Coming up"
        items={lookBacks.upcoming}
        render={(lookBack) => (
          <>
            {formatDay(lookBack.day)}:{" "}
            <Link href={promptHref(lookBack.entry.promptId)}>{lookBack.entry.promptText}</Link>
          </>
        )}
      />
      <Group
        title="Done"
        items={lookBacks.done}
        render={(lookBack) => (
          <>
            <Link href={lookBackPath(lookBack.id)}>{lookBack.entry.promptText}</Link>{" "}
            <span className="text-sm text-ink-muted">
              (looked back on {formatDate(lookBack.doneAt!, zone)}: then and now side by side)
            </span>
          </>
        )}
      />
    </section>
  );
}
