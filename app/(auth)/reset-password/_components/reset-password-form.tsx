"use client";
import { SubmitButton } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { ButtonLink } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { PasswordField } from "@/components/ui/password-field";
import { NEW_PASSWORD_HINT } from "@/lib/auth/password-policy";
import { resetPasswordAction } from "../actions";
import { RESET_LINK_EXPIRED } from "../schemas";

export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const form = useFormAction(resetPasswordAction);
  if (form.success) {
    return (
      <div className="flex flex-col gap-4">
        <FormMessage tone="success" inline>
          {form.success}
        </FormMessage>
        <ButtonLink href="/sign-in" className="w-fit">
          Sign in
        </ButtonLink>
      </div>
    );
  }
  const linkSpent = form.error === RESET_LINK_EXPIRED;
  return (
    <form action={form.action} className="flex flex-col gap-5" noValidate>
      {form.error ? (
        <FormMessage tone="error">
          {form.error}
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
        errors={form.errors("newPassword")}
      />
      <SubmitButton pending={form.pending} busy="Saving…">
        Save my new password
      </SubmitButton>
    </form>
  );
}
