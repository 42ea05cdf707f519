"use client";
import { Save } from "lucide-react";
import type { ZoneOffsets } from "@/lib/time/zone-choices";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { TimeZoneSelect } from "@/components/ui/time-zone-select";
import { setTimeZoneAction } from "../actions";

export function TimeZoneForm({ timeZone, zones }: { timeZone: string | null; zones: ZoneOffsets }) {
  const form = useFormAction(setTimeZoneAction);
  return (
    <ActionForm form={form}>
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
      <SubmitButton pending={form.pending} busy="Saving…" className="w-fit">
        <Save aria-hidden="true" />
        Save time zone
      </SubmitButton>
    </ActionForm>
  );
}
