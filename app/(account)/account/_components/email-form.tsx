"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { PasswordField } from "@/components/ui/password-field";
import { IDLE_FORM_STATE } from "@/lib/actions/form-state";
import { changeEmailAction } from "../actions";

export function EmailForm({ mailConfigured }: { mailConfigured: boolean }) {
  const [state, action, pending] = useActionState(changeEmailAction, IDLE_FORM_STATE);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state.status === "error" ? <FormMessage tone="error">{state.message}</FormMessage> : null}
      {state.status === "success" ? <FormMessage tone="success">{state.message}</FormMessage> : null}
      <Field
        label="New email address"
        name="newEmail"
        type="email"
        autoComplete="email"
        spellCheck={false}
        hint={
          mailConfigured
            ? "We’ll send a link to the new address. Nothing changes until you open it."
            : "This site can’t send email, so the change happens straight away. Check the address carefully."
        }
        required
        defaultValue={values?.newEmail ?? ""}
        errors={errors?.newEmail}
      />
      <PasswordField
        label="Your current password"
        name="password"
        autoComplete="current-password"
        hint="So nobody else can move your account while you’re away from it."
        errors={errors?.password}
      />
      <Button type="submit" disabled={pending} className="w-fit">
        {pending ? "Changing…" : "Change email address"}
      </Button>
    </form>
  );
}
