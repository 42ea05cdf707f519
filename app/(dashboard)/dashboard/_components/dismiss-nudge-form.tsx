"use client";
import { useActionState } from "react";
import { IDLE_FORM_STATE } from "@/lib/actions/form-state";
import { dismissNudgeAction } from "../../actions";

export function DismissNudgeForm({ nudgeId }: { nudgeId: string }) {
  const [, action, pending] = useActionState(dismissNudgeAction, IDLE_FORM_STATE);
  return (
    <form action={action}>
      <input type="hidden" name="nudgeId" value={nudgeId} />
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 cursor-pointer text-accent underline underline-offset-4"
      >
        Dismiss
      </button>
    </form>
  );
}
