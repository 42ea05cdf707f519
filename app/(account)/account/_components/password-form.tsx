"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { PasswordField } from "@/components/ui/password-field";
import { IDLE_FORM_STATE } from "@/lib/actions/form-state";
import { NEW_PASSWORD_HINT } from "@/lib/auth/password-policy";
import { changePasswordAction } from "../actions";

export const PASSWORD_CHANGED =
  "Your password is changed. You’re still signed in here; every other device has been signed out.";

export function PasswordForm({ email, justChanged }: { email: string; justChanged: boolean }) {
  const [state, action, pending] = useActionState(changePasswordAction, IDLE_FORM_STATE);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state.status === "error" ? <FormMessage tone="error">{state.message}</FormMessage> : null}
      {state.status === "idle" && justChanged ? <FormMessage tone="success">{PASSWORD_CHANGED}</FormMessage> : null}
      {/* Tells a password manager whose password this is. */}
      <input type="text" name="username" autoComplete="username" defaultValue={email} hidden readOnly />
      <PasswordField
        label="Current password"
        name="currentPassword"
        autoComplete="current-password"
        errors={errors?.currentPassword}
      />
      <PasswordField
        label="New password"
        name="newPassword"
        autoComplete="new-password"
        hint={NEW_PASSWORD_HINT}
        errors={errors?.newPassword}
      />
      <Button type="submit" disabled={pending} className="w-fit">
        {pending ? "Changing…" : "Change password"}
      </Button>
    </form>
  );
}
