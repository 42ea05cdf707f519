"use client";
import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TimeZoneSelect } from "@/components/ui/time-zone-select";
import { setTimeZoneAction } from "../actions";

export function TimeZoneForm({ timeZone, zones }: { timeZone: string | null; zones: readonly string[] }) {
  const form = useFormAction(setTimeZoneAction);
  return (
    <form action={form.action} className="flex flex-col gap-4" noValidate>
      {form.error ? <FormMessage tone="error">{form.error}</FormMessage> : null}
      {form.success ? <FormMessage tone="success">{form.success}</FormMessage> : null}
      <TimeZoneSelect
        label="Your time zone"
        hint={
          timeZone
            ? "Dates in your journal, on your dashboard and in emails are shown in this zone."
            : "You have no time zone yet, so dates are shown in UTC. The zone of this browser is suggested."
        }
        zones={zones}
        value={form.value("timeZone", timeZone)}
        errors={form.errors("timeZone")}
      />
      <Button type="submit" disabled={form.pending} className="w-fit">
        {form.pending ? "Saving…" : "Save time zone"}
      </Button>
    </form>
  );
}
