"use client";
import type { ZoneOffsets } from "@/lib/time/zone-choices";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { Field } from "@/components/ui/field";
import { TimeZoneSelect } from "@/components/ui/time-zone-select";
import { createCohortAction } from "../actions";
import { TextAreaField } from "@/components/ui/text-area-field";

export function CreateCohortForm({
  nameMax,
  descriptionMax,
  zones,
  myZone,
}: {
  nameMax: number;
  descriptionMax: number;
  zones: ZoneOffsets;
  /** The facilitator's own zone; without one, the browser's is offered. */
  myZone: string | null;
}) {
  const form = useFormAction(createCohortAction);
  return (
    <ActionForm form={form}>
      <Field
        label="Name"
        name="name"
        hint={`For example “Support team, spring” — up to ${nameMax} characters. Learners see it when they join.`}
        required
        maxLength={nameMax}
        autoComplete="off"
        defaultValue={form.value("name")}
        errors={form.errors("name")}
      />
      <TextAreaField
        id="description"
        name="description"
        label="Description (optional)"
        hint={`A sentence or two for learners about what this group is for. Up to ${descriptionMax} characters.`}
        maxLength={descriptionMax}
        rows={3}
        defaultValue={form.value("description")}
        errors={form.errors("description")}
      />
      <TimeZoneSelect
        label="Time zone"
        hint="Due dates end at midnight in this zone, for everyone in the cohort. You can change it later in settings."
        zones={zones}
        value={form.value("timeZone", myZone)}
        errors={form.errors("timeZone")}
      />
      <SubmitButton pending={form.pending} busy="Creating…" className="w-fit">
        Create cohort
      </SubmitButton>
    </ActionForm>
  );
}
