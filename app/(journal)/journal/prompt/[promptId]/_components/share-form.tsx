"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { IDLE_FORM_STATE } from "@/lib/actions/form-state";
import { setSharedAction } from "../actions";

/** Share one answer with the learner's facilitators, or stop sharing it. */
export function ShareForm({ entryId, shared, when }: { entryId: string; shared: boolean; when: string }) {
  const [state, action, pending] = useActionState(setSharedAction, IDLE_FORM_STATE);
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="entryId" value={entryId} />
      <input type="hidden" name="shared" value={shared ? "false" : "true"} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {shared ? "Stop sharing" : "Share with your facilitators"}
        <span className="sr-only"> (your answer from {when})</span>
      </Button>
      <p role="status" className={`m-0 text-sm ${state.status === "error" ? "text-danger" : "text-ink-muted"}`}>
        {state.status === "idle" ? "" : state.message}
      </p>
    </form>
  );
}
