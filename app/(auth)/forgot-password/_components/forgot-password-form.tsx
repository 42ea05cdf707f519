"use client";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { Field } from "@/components/ui/field";
import { requestPasswordResetAction } from "../actions";

export function ForgotPasswordForm() {
  const form = useFormAction(requestPasswordResetAction);
  return (
    <ActionForm form={form} className="flex flex-col gap-5">
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        spellCheck={false}
        required
        defaultValue={form.value("email")}
        errors={form.errors("email")}
      />
      <SubmitButton pending={form.pending} busy="Sending…">
        Send me a reset link
      </SubmitButton>
    </ActionForm>
  );
}
