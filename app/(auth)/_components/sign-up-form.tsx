"use client";
import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { BrowserTimeZoneField } from "@/components/ui/browser-time-zone";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { NEW_PASSWORD_HINT } from "@/lib/auth/password-policy";
import { IDLE_FORM_STATE } from "@/lib/actions/form-state";
import { signUp } from "../actions";

export function SignUpForm({ redirectTo }: { redirectTo: string }) {
  const [state, action, pending] = useActionState(signUp, IDLE_FORM_STATE);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      {state.status === "error" ? <FormMessage tone="error">{state.message}</FormMessage> : null}
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <BrowserTimeZoneField />
      <Field
        label="Name"
        name="name"
        autoComplete="name"
        required
        defaultValue={values?.name ?? ""}
        errors={errors?.name}
      />
      <Field
        label="Email"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={values?.email ?? ""}
        errors={errors?.email}
      />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint={NEW_PASSWORD_HINT}
        required
        errors={errors?.password}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Creating your account…" : "Create account"}
      </Button>
      <p>
        Already have an account? <Link href={`/sign-in?redirectTo=${encodeURIComponent(redirectTo)}`}>Sign in</Link>
      </p>
    </form>
  );
}
