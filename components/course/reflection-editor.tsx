"use client";
import { useId } from "react";

/** The learner's answer. (Saving is wired by the reflections feature.) */
export function ReflectionEditor({ promptId, labelledBy }: { promptId: string; prompt: string; labelledBy: string }) {
  const noteId = useId();
  return (
    <div className="mt-4 flex flex-col gap-2">
      <textarea
        name={promptId}
        aria-labelledby={labelledBy}
        aria-describedby={noteId}
        rows={6}
        className="w-full rounded-md border border-border bg-bg p-3 text-base text-ink"
      />
      <p id={noteId} className="m-0 text-sm text-ink-muted">
        Only you can see this.
      </p>
    </div>
  );
}
