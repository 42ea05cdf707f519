"use client";
// Sharing the answer being edited, under the editor: the same controls as the
// journal, sending to /api/reflections/:id/share. An answer is shared only
// once the server has it; a new answer ("Answer again", or both versions kept
// after a conflict) starts private. See docs/decisions/016-per-cohort-sharing.md.
import { useState } from "react";
import { SharingControls, type SharingOutcome } from "@/components/sharing/sharing-controls";
import { cohortsWithIds, shareable, type SharingCohort } from "@/lib/cohorts/visibility";
import { changeSharing } from "./reflection-store";

type Props = {
  entryId: string;
  /** Whether the server has this answer yet (only then can it be shared). */
  onServer: boolean;
  /** Whether anything is written (a blank new answer has nothing to share). */
  hasText: boolean;
  sharedWith: string[];
  cohorts: SharingCohort[];
  /** Saves what is typed first, so what is shared is what the learner sees. */
  beforeChange: () => Promise<void>;
  onChanged: (sharedWith: string[], cohorts: SharingCohort[]) => void;
};

export function ReflectionSharing({ entryId, onServer, hasText, sharedWith, cohorts, beforeChange, onChanged }: Props) {
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<{ entryId: string; said: SharingOutcome } | null>(null);

  if (!onServer) {
    if (!hasText || shareable(cohorts).length === 0) return null;
    return <p className="m-0 text-sm text-ink-muted">You can share this answer once it&rsquo;s saved.</p>;
  }

  const run = async (change: { share: string } | { stop: string | null }) => {
    setPending(true);
    try {
      await beforeChange();
      const result = await changeSharing(entryId, change);
      if (result.kind === "done") onChanged(result.sharedWith, result.cohorts);
      setOutcome({
        entryId,
        said: { tone: result.kind === "done" ? "success" : "error", message: result.message },
      });
    } finally {
      setPending(false);
    }
  };

  return (
    <SharingControls
      entryId={entryId}
      what="this answer"
      sharedWith={cohortsWithIds(sharedWith, cohorts)}
      cohorts={cohorts}
      share={(formData) => {
        const cohortId = formData.get("cohortId");
        return run({ share: typeof cohortId === "string" ? cohortId : "" });
      }}
      stop={(formData) => {
        const cohortId = formData.get("cohortId");
        return run({ stop: typeof cohortId === "string" && cohortId !== "" ? cohortId : null });
      }}
      pending={pending}
      announce="live"
      // What happened to another answer (before "Answer again") is not said about this one.
      outcome={outcome?.entryId === entryId ? outcome.said : null}
    />
  );
}
