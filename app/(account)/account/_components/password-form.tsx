"use client";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { FormMessage } from "@/components/ui/form-message";
import { PasswordField } from "@/components/ui/password-field";
import { NEW_PASSWORD_HINT } from "@/lib/auth/password-policy";
import { changePasswordAction } from "../actions";

export const PASSWORD_CHANGED =
  "Your password is changed. You’re still signed in here; every other device has been signed out.";

export function PasswordForm({ email, justChanged }: { email: string; justChanged: boolean }) {
  const form = useFormAction(changePasswordAction);
  return (
    <ActionForm form={form}>
      {form.state.status === "idle" && justChanged ? (
        <FormMessage tone="success">{PASSWORD_CHANGED}</FormMessage>
      ) : null}
      {/* Tells a password manager whose password this is. */}
      <input type="text" name="username" autoComplete="username" defaultValue={email} hidden readOnly />
      <PasswordField
        label="Current password"
        name="currentPassword"
        autoComplete="current-password"
        errors={form.errors("currentPassword")}
      />
      <PasswordField
        label="New password"
        name="newPassword"
        autoComplete="new-password"
        hint={NEW_PASSWORD_HINT}
        errors={form.errors("newPassword")}
      />
      <SubmitButton pending={form.pending} busy="Changing…" className="w-fit">
        Change password
      </SubmitButton>
    </ActionForm>
  );
}
