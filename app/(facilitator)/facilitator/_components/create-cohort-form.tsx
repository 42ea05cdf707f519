"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { TimeZoneSelect } from "@/components/ui/time-zone-select";
import { IDLE_FORM_STATE } from "@/lib/actions/form-state";
import { createCohortAction } from "../actions";
import { TextAreaField } from "./text-area-field";

export function CreateCohortForm({
  nameMax,
  descriptionMax,
  zones,
  myZone,
}: {
  nameMax: number;
  descriptionMax: number;
  zones: readonly string[];
  /** The facilitator's own zone; without one, the browser's is offered. */
  myZone: string | null;
}) {
  const [state, action, pending] = useActionState(createCohortAction, IDLE_FORM_STATE);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state.status === "error" ? <FormMessage tone="error">{state.message}</FormMessage> : null}
      <Field
        label="Name"
        name="name"
        hint={`For example “Support team, spring” — up to ${nameMax} characters. Learners see it when they join.`}
        required
        maxLength={nameMax}
        autoComplete="off"
        defaultValue={values?.name ?? ""}
        errors={errors?.name}
      />
      <TextAreaField
        id="description"
        name="description"
        label="Description (optional)"
        hint={`A sentence or two for learners about what this group is for. Up to ${descriptionMax} characters.`}
        maxLength={descriptionMax}
        rows={3}
        defaultValue={values?.description ?? ""}
        errors={errors?.description}
      />
      <TimeZoneSelect
        label="Time zone"
        hint="Due dates end at midnight in this zone, for everyone in the cohort. You can change it later in settings."
        zones={zones}
        value={values?.timeZone ?? myZone}
        errors={errors?.timeZone}
      />
      <Button type="submit" disabled={pending} className="w-fit">
        {pending ? "Creating…" : "Create cohort"}
      </Button>
    </form>
  );
}
