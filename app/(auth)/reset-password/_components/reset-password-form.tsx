"use client";
import { useActionState } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { PasswordField } from "@/components/ui/password-field";
import { IDLE_FORM_STATE } from "@/lib/actions/form-state";
import { NEW_PASSWORD_HINT } from "@/lib/auth/password-policy";
import { resetPasswordAction } from "../actions";
import { RESET_LINK_EXPIRED } from "../schemas";

export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const [state, action, pending] = useActionState(resetPasswordAction, IDLE_FORM_STATE);
  if (state.status === "success") {
    return (
      <div className="flex flex-col gap-4">
        <FormMessage tone="success">{state.message}</FormMessage>
        <ButtonLink href="/sign-in" className="w-fit">
          Sign in
        </ButtonLink>
      </div>
    );
  }
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const linkSpent = state.status === "error" && state.message === RESET_LINK_EXPIRED;
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      {state.status === "error" ? (
        <FormMessage tone="error">
          {state.message}
          {linkSpent ? (
            <>
              {" "}
              <a href="/forgot-password">Ask for a new link</a>.
            </>
          ) : null}
        </FormMessage>
      ) : null}
      <input type="hidden" name="token" value={token} />
      {/* Tells a password manager whose password this is. */}
      <input type="text" name="username" autoComplete="username" defaultValue={email} hidden readOnly />
      <PasswordField
        label="New password"
        name="newPassword"
        autoComplete="new-password"
        hint={NEW_PASSWORD_HINT}
        errors={errors?.newPassword}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save my new password"}
      </Button>
    </form>
  );
}
