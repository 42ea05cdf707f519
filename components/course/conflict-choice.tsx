// The choice shown when an answer was changed in another tab or on another
// device: keep this tab's version, the saved one, or both as separate answers.
import { usePersonZone } from "@/components/session/use-session";
import { formatDateTime } from "@/lib/time/format";
import type { Entry } from "./reflection-store";

export type ConflictResolution = "mine" | "theirs" | "both";

export function ConflictChoice({
  mine,
  server,
  onChoose,
}: {
  mine: string;
  server: Entry;
  onChoose: (choice: ConflictResolution) => void;
}) {
  const zone = usePersonZone();
  return (
    <div className="rounded-md border-2 border-danger p-4" role="group" aria-label="Two versions of this answer">
      <p className="mt-0 font-medium">
        This answer was changed in another tab or on another device. Both versions are kept until you choose.
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <p className="m-0 text-sm font-semibold">This tab</p>
          <p className="m-0 rounded-md bg-surface-muted p-3 whitespace-pre-wrap">{mine}</p>
        </div>
        <div>
          <p className="m-0 text-sm font-semibold">Saved at {formatDateTime(new Date(server.updatedAt), zone)}</p>
          <p className="m-0 rounded-md bg-surface-muted p-3 whitespace-pre-wrap">{server.body}</p>
        </div>
      </div>
      <div className="mt-3 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => onChoose("mine")}
          className="min-h-11 rounded-md bg-accent px-4 text-accent-ink"
        >
          Keep this tab&rsquo;s version
        </button>
        <button
          type="button"
          onClick={() => onChoose("theirs")}
          className="min-h-11 rounded-md border border-border px-4"
        >
          Keep the saved version
        </button>
        <button
          type="button"
          onClick={() => onChoose("both")}
          className="min-h-11 rounded-md border border-border px-4"
        >
          Keep both as separate answers
        </button>
      </div>
    </div>
  );
}
