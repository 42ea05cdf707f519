"use client";
import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { requestPasswordResetAction } from "../actions";

export function ForgotPasswordForm() {
  const form = useFormAction(requestPasswordResetAction);
  return (
    <form action={form.action} className="flex flex-col gap-5" noValidate>
      {form.error ? <FormMessage tone="error">{form.error}</FormMessage> : null}
      {form.success ? <FormMessage tone="success">{form.success}</FormMessage> : null}
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
      <Button type="submit" disabled={form.pending}>
        {form.pending ? "Sending…" : "Send me a reset link"}
      </Button>
    </form>
  );
}
