"use client";
import { Save } from "lucide-react";
import type { ZoneOffsets } from "@/lib/time/zone-choices";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { Field } from "@/components/ui/field";
import { TimeZoneSelect } from "@/components/ui/time-zone-select";
import { TextAreaField } from "@/components/ui/text-area-field";
import { updateCohortAction } from "../actions";

export function CohortDetailsForm({
  cohortId,
  name,
  description,
  timeZone,
  zones,
  nameMax,
  descriptionMax,
}: {
  cohortId: string;
  name: string;
  description: string;
  timeZone: string;
  zones: ZoneOffsets;
  nameMax: number;
  descriptionMax: number;
}) {
  const form = useFormAction(updateCohortAction);
  return (
    <ActionForm form={form}>
      <input type="hidden" name="cohortId" value={cohortId} />
      <Field
        label="Name"
        name="name"
        hint={`Up to ${nameMax} characters.`}
        required
        maxLength={nameMax}
        autoComplete="off"
        defaultValue={form.value("name", name)}
        errors={form.errors("name")}
      />
      <TextAreaField
        id="description"
        name="description"
        label="Description (optional)"
        hint={`Up to ${descriptionMax} characters. Learners see it when they join.`}
        rows={3}
        maxLength={descriptionMax}
        defaultValue={form.value("description", description)}
        errors={form.errors("description")}
      />
      <TimeZoneSelect
        label="Time zone"
        hint="Due dates end at midnight in this zone. Changing it keeps each fixed due date on the same day; the day then ends at midnight in the new zone."
        zones={zones}
        value={form.value("timeZone", timeZone)}
        errors={form.errors("timeZone")}
      />
      <SubmitButton pending={form.pending} busy="Saving…" className="w-fit">
        <Save aria-hidden="true" />
        Save changes
      </SubmitButton>
    </ActionForm>
  );
}
