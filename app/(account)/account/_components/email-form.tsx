"use client";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { Field } from "@/components/ui/field";
import { PasswordField } from "@/components/ui/password-field";
import { changeEmailAction } from "../actions";

export function EmailForm({ mailConfigured }: { mailConfigured: boolean }) {
  const form = useFormAction(changeEmailAction);
  return (
    <ActionForm form={form}>
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
        defaultValue={form.value("newEmail")}
        errors={form.errors("newEmail")}
      />
      <PasswordField
        label="Your current password"
        name="password"
        autoComplete="current-password"
        hint="So nobody else can move your account while you’re away from it."
        errors={form.errors("password")}
      />
      <SubmitButton pending={form.pending} busy="Changing…" className="w-fit">
        Change email address
      </SubmitButton>
    </ActionForm>
  );
}
