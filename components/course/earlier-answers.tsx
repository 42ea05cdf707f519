// Earlier answers to the same question, under the editor, each with its date
// and, when known, who could see it.
import { cohortsWithIds, visibilityLabel, type SharingCohort } from "@/lib/cohorts/visibility";
import { usePersonZone } from "@/components/session/use-session";
import { formatDateTime } from "@/lib/time/format";
import type { Earlier } from "./use-reflection-editor";

export function EarlierAnswers({ earlier, cohorts }: { earlier: Earlier[]; cohorts: SharingCohort[] }) {
  const zone = usePersonZone();
  if (earlier.length === 0) return null;
  return (
    <details className="rounded-md border border-border p-3">
      <summary className="cursor-pointer font-medium">Your earlier answers ({earlier.length})</summary>
      <ol className="m-0 mt-3 flex list-none flex-col gap-3 p-0">
        {earlier.map((entry) => (
          <li key={entry.id} className="rounded-md bg-surface-muted p-3">
            <p className="m-0 text-sm text-ink-muted">
              {formatDateTime(new Date(entry.createdAt), zone)}
              {entry.sharedWith ? ` · ${visibilityLabel(cohortsWithIds(entry.sharedWith, cohorts))}` : null}
            </p>
            <p className="m-0 whitespace-pre-wrap">{entry.body}</p>
          </li>
        ))}
      </ol>
    </details>
  );
}
