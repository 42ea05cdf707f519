"use client";
// The sharing controls under an answer in the journal, wired to the journal's
// server actions: the forms post without JavaScript too, and the page comes
// back with the answer's new label and what happened.
import { useMemo, useState } from "react";
import { SharingControls, type SharingOnDemand, type SharingOutcome } from "@/components/sharing/sharing-controls";
import { useFormAction } from "@/components/ui/use-form-action";
import type { FormState } from "@/lib/actions/form-state";
import type { SharingCohort } from "@/lib/cohorts/visibility";
import { shareEntryAction, stopSharingAction } from "../actions";

function outcomeOf(state: FormState): SharingOutcome | null {
  if (state.status === "idle") return null;
  return { tone: state.status === "success" ? "success" : "error", message: state.message };
}

export function EntrySharing({
  entryId,
  what,
  sharedWith,
  cohorts,
  onDemand,
}: {
  entryId: string;
  what: string;
  sharedWith: SharingCohort[];
  cohorts: SharingCohort[];
  onDemand?: SharingOnDemand;
}) {
  const shareForm = useFormAction(shareEntryAction);
  const stopForm = useFormAction(stopSharingAction);
  // Which form was sent last, so the message is about the latest change.
  const [last, setLast] = useState<"share" | "stop" | null>(null);
  const latest =
    last === "stop" || (last === null && stopForm.state.status !== "idle") ? stopForm.state : shareForm.state;
  // One object per result (not per render): the controls move focus when it changes.
  const outcome = useMemo(() => outcomeOf(latest), [latest]);
  const cohortError = shareForm.errors("cohortId")?.[0];
  return (
    <SharingControls
      entryId={entryId}
      what={what}
      sharedWith={sharedWith}
      cohorts={cohorts}
      share={shareForm.action}
      stop={stopForm.action}
      onShareSubmit={() => setLast("share")}
      onStopSubmit={() => setLast("stop")}
      pending={shareForm.pending || stopForm.pending}
      outcome={outcome}
      cohortError={last === "stop" ? undefined : cohortError}
      // Asked for open (a page without JavaScript), it stays open until the change is made.
      onDemand={onDemand && { ...onDemand, open: onDemand.open && latest.status !== "success" }}
    />
  );
}
