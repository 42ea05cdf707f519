"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { IDLE_FORM_STATE } from "@/lib/actions/form-state";
import { addCoFacilitatorAction } from "../actions";

export function AddCoFacilitatorForm({ cohortId, emailMax }: { cohortId: string; emailMax: number }) {
  const [state, action, pending] = useActionState(addCoFacilitatorAction, IDLE_FORM_STATE);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state.status === "error" ? <FormMessage tone="error">{state.message}</FormMessage> : null}
      {state.status === "success" ? <FormMessage tone="success">{state.message}</FormMessage> : null}
      <input type="hidden" name="cohortId" value={cohortId} />
      <Field
        label="Add co-facilitator by email"
        name="email"
        type="email"
        hint="They need an account with the facilitator role. An admin can give them the role if they don’t have it yet."
        required
        maxLength={emailMax}
        autoComplete="off"
        defaultValue={values?.email ?? ""}
        errors={errors?.email}
      />
      <Button type="submit" disabled={pending} className="w-fit">
        {pending ? "Adding…" : "Add co-facilitator"}
      </Button>
    </form>
  );
}
