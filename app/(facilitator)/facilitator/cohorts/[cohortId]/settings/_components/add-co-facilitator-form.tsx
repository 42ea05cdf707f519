"use client";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { Field } from "@/components/ui/field";
import { addCoFacilitatorAction } from "../actions";

export function AddCoFacilitatorForm({ cohortId, emailMax }: { cohortId: string; emailMax: number }) {
  const form = useFormAction(addCoFacilitatorAction);
  return (
    <ActionForm form={form}>
      <input type="hidden" name="cohortId" value={cohortId} />
      <Field
        label="Add co-facilitator by email"
        name="email"
        type="email"
        hint="They need an account with the facilitator role. An admin can give them the role if they don’t have it yet."
        required
        maxLength={emailMax}
        autoComplete="off"
        defaultValue={form.value("email")}
        errors={form.errors("email")}
      />
      <SubmitButton pending={form.pending} busy="Adding…" className="w-fit">
        Add co-facilitator
      </SubmitButton>
    </ActionForm>
  );
}
