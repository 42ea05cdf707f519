"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { TimeZoneSelect } from "@/components/ui/time-zone-select";
import { IDLE_FORM_STATE } from "@/lib/actions/form-state";
import { TextAreaField } from "../../../../_components/text-area-field";
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
  zones: readonly string[];
  nameMax: number;
  descriptionMax: number;
}) {
  const [state, action, pending] = useActionState(updateCohortAction, IDLE_FORM_STATE);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state.status === "error" ? <FormMessage tone="error">{state.message}</FormMessage> : null}
      {state.status === "success" ? <FormMessage tone="success">{state.message}</FormMessage> : null}
      <input type="hidden" name="cohortId" value={cohortId} />
      <Field
        label="Name"
        name="name"
        hint={`Up to ${nameMax} characters.`}
        required
        maxLength={nameMax}
        autoComplete="off"
        defaultValue={values?.name ?? name}
        errors={errors?.name}
      />
      <TextAreaField
        id="description"
        name="description"
        label="Description (optional)"
        hint={`Up to ${descriptionMax} characters. Learners see it when they join.`}
        rows={3}
        maxLength={descriptionMax}
        defaultValue={values?.description ?? description}
        errors={errors?.description}
      />
      <TimeZoneSelect
        label="Time zone"
        hint="Due dates end at midnight in this zone. Changing it keeps each fixed due date on the same day; the day then ends at midnight in the new zone."
        zones={zones}
        value={values?.timeZone ?? timeZone}
        errors={errors?.timeZone}
      />
      <Button type="submit" disabled={pending} className="w-fit">
        {pending ? "Saving…" : "Save changes"}
      </Button>
    </form>
  );
}
