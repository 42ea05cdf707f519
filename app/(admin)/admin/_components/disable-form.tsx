"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { IDLE_FORM_STATE } from "@/lib/actions/form-state";
import { setDisabledAction } from "../actions";

export function DisableForm({ userId, name, disabled }: { userId: string; name: string; disabled: boolean }) {
  const [state, action, pending] = useActionState(setDisabledAction, IDLE_FORM_STATE);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
      <Button type="submit" variant={disabled ? "secondary" : "danger"} disabled={pending}>
        {disabled ? `Enable ${name}` : `Disable ${name}`}
      </Button>
      <span role="status" className={`text-sm ${state.status === "error" ? "text-danger" : "text-success"}`}>
        {state.status === "idle" ? "" : state.message}
      </span>
    </form>
  );
}
