"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { IDLE_FORM_STATE } from "@/lib/actions/form-state";
import { joinCohortAction } from "../../../actions";

export function JoinForm({ code, cohortName }: { code: string; cohortName: string }) {
  const [state, action, pending] = useActionState(joinCohortAction, IDLE_FORM_STATE);
  return (
    <form action={action} className="flex flex-col gap-4">
      {state.status === "error" ? <FormMessage tone="error">{state.message}</FormMessage> : null}
      <input type="hidden" name="code" value={code} />
      <Button type="submit" disabled={pending}>
        {pending ? "Joining…" : `Join ${cohortName}`}
      </Button>
    </form>
  );
}
