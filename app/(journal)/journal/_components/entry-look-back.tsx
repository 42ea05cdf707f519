// An answer's look-back controls in the journal, with the journal's actions.
import { LookBackControls, type EntryLookBack } from "@/components/lookbacks/look-back-controls";
import { cancelLookBackAction, scheduleLookBackAction } from "../look-back/actions";

const ACTIONS = { schedule: scheduleLookBackAction, cancel: cancelLookBackAction };

export function EntryLookBackControls({
  entryId,
  lookBack,
  onDemand,
}: {
  entryId: string;
  lookBack: EntryLookBack | null;
  /** Drawn when opened (the journal's thirty answers a page; decision 063). */
  onDemand?: { href: string; open: boolean };
}) {
  return <LookBackControls entryId={entryId} lookBack={lookBack} actions={ACTIONS} onDemand={onDemand} />;
}
