"use client";
// The sign-in and sign-up form: the same fields, button and links, with a
// name and a password hint added when creating an account.
import Link from "@/components/ui/link";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { ReadingPlaceField } from "@/components/course/reading-place";
import { BrowserTimeZoneField } from "@/components/ui/browser-time-zone";
import { Field } from "@/components/ui/field";
import { useFormAction } from "@/components/ui/use-form-action";
import { NEW_PASSWORD_HINT } from "@/lib/auth/password-policy";
import { signIn, signUp } from "../actions";

const MODES = {
  "sign-in": {
    action: signIn,
    submit: "Sign in",
    pending: "Signing in…",
    passwordComplete: "current-password",
    other: { question: "New here?", link: "Create an account", path: "/sign-up" },
  },
  "sign-up": {
    action: signUp,
    submit: "Create account",
    pending: "Creating your account…",
    passwordComplete: "new-password",
    other: { question: "Already have an account?", link: "Sign in", path: "/sign-in" },
  },
} as const;

export function CredentialsForm({ mode, redirectTo }: { mode: keyof typeof MODES; redirectTo: string }) {
  const text = MODES[mode];
  const form = useFormAction(text.action);
  const signingUp = mode === "sign-up";
  return (
    <ActionForm form={form} className="flex flex-col gap-5">
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <BrowserTimeZoneField />
      <ReadingPlaceField />
      {signingUp ? (
        <Field
          label="Name"
          name="name"
          autoComplete="name"
          required
          defaultValue={form.value("name")}
          errors={form.errors("name")}
        />
      ) : null}
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={form.value("email")}
        errors={form.errors("email")}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete={text.passwordComplete}
        hint={signingUp ? NEW_PASSWORD_HINT : undefined}
        required
        errors={form.errors("password")}
      />
      {signingUp ? null : (
        <p className="-mt-3 mb-0">
          <Link href="/forgot-password" className="inline-flex min-h-11 items-center">
            Forgot your password?
          </Link>
        </p>
      )}
      <SubmitButton pending={form.pending} busy={text.pending}>
        {text.submit}
      </SubmitButton>
      <p>
        {text.other.question}{" "}
        <Link href={`${text.other.path}?redirectTo=${encodeURIComponent(redirectTo)}`}>{text.other.link}</Link>
      </p>
    </ActionForm>
  );
}
