"use client";
import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { addCoFacilitatorAction } from "../actions";

export function AddCoFacilitatorForm({ cohortId, emailMax }: { cohortId: string; emailMax: number }) {
  const form = useFormAction(addCoFacilitatorAction);
  return (
    <form action={form.action} className="flex flex-col gap-4" noValidate>
      {form.error ? <FormMessage tone="error">{form.error}</FormMessage> : null}
      {form.success ? <FormMessage tone="success">{form.success}</FormMessage> : null}
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
      <Button type="submit" disabled={form.pending} className="w-fit">
        {form.pending ? "Adding…" : "Add co-facilitator"}
      </Button>
    </form>
  );
}
