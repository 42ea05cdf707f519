"use client";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { IDLE_FORM_STATE } from "@/lib/actions/form-state";
import { leaveCohortAction } from "../../actions";

/** Leaving takes two steps, both reachable by keyboard. */
export function LeaveCohortForm({ cohortId, cohortName }: { cohortId: string; cohortName: string }) {
  const [state, action, pending] = useActionState(leaveCohortAction, IDLE_FORM_STATE);
  const [confirming, setConfirming] = useState(false);
  if (state.status === "success")
    return (
      <p role="status" className="m-0 text-sm">
        {state.message}
      </p>
    );
  if (!confirming) {
    return (
      <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
        Leave {cohortName}
      </Button>
    );
  }
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="cohortId" value={cohortId} />
      <p className="m-0 text-sm">
        Leave {cohortName}? Its facilitators will no longer see your progress, and any answers you shared with it become
        private again (joining again later won&rsquo;t bring them back).
      </p>
      <Button type="submit" variant="danger" disabled={pending}>
        Yes, leave
      </Button>
      <Button type="button" variant="quiet" onClick={() => setConfirming(false)}>
        Stay
      </Button>
      {state.status === "error" ? (
        <p role="alert" className="m-0 text-sm text-danger">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
