"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TimeZoneSelect } from "@/components/ui/time-zone-select";
import { IDLE_FORM_STATE } from "@/lib/actions/form-state";
import { setTimeZoneAction } from "../actions";

export function TimeZoneForm({ timeZone, zones }: { timeZone: string | null; zones: readonly string[] }) {
  const [state, action, pending] = useActionState(setTimeZoneAction, IDLE_FORM_STATE);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state.status === "error" ? <FormMessage tone="error">{state.message}</FormMessage> : null}
      {state.status === "success" ? <FormMessage tone="success">{state.message}</FormMessage> : null}
      <TimeZoneSelect
        label="Your time zone"
        hint={
          timeZone
            ? "Dates in your journal, on your dashboard and in emails are shown in this zone."
            : "You have no time zone yet, so dates are shown in UTC. The zone of this browser is suggested."
        }
        zones={zones}
        value={values?.timeZone ?? timeZone}
        errors={errors?.timeZone}
      />
      <Button type="submit" disabled={pending} className="w-fit">
        {pending ? "Saving…" : "Save time zone"}
      </Button>
    </form>
  );
}
