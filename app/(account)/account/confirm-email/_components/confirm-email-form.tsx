"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { IDLE_FORM_STATE } from "@/lib/actions/form-state";
import { confirmEmailChangeAction } from "../actions";

export function ConfirmEmailForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(confirmEmailChangeAction, IDLE_FORM_STATE);
  return (
    <form action={action} className="flex flex-col gap-4">
      {state.status === "error" ? <FormMessage tone="error">{state.message}</FormMessage> : null}
      <input type="hidden" name="token" value={token} />
      <Button type="submit" disabled={pending} className="w-fit">
        {pending ? "Confirming…" : "Yes, use this address"}
      </Button>
    </form>
  );
}
