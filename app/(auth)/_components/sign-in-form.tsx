"use client";
import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { BrowserTimeZoneField } from "@/components/ui/browser-time-zone";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { IDLE_FORM_STATE } from "@/lib/actions/form-state";
import { signIn } from "../actions";

export function SignInForm({ redirectTo }: { redirectTo: string }) {
  const [state, action, pending] = useActionState(signIn, IDLE_FORM_STATE);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={action} className="flex flex-col gap-5" noValidate>
      {state.status === "error" ? <FormMessage tone="error">{state.message}</FormMessage> : null}
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <BrowserTimeZoneField />
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
        autoComplete="current-password"
        required
        errors={errors?.password}
      />
      <p className="-mt-3 mb-0">
        <Link href="/forgot-password" className="inline-flex min-h-11 items-center">
          Forgot your password?
        </Link>
      </p>
      <Button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
      <p>
        New here? <Link href={`/sign-up?redirectTo=${encodeURIComponent(redirectTo)}`}>Create an account</Link>
      </p>
    </form>
  );
}
