"use client";
import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { PasswordField } from "@/components/ui/password-field";
import { changeEmailAction } from "../actions";

export function EmailForm({ mailConfigured }: { mailConfigured: boolean }) {
  const form = useFormAction(changeEmailAction);
  return (
    <form action={form.action} className="flex flex-col gap-4" noValidate>
      {form.error ? <FormMessage tone="error">{form.error}</FormMessage> : null}
      {form.success ? <FormMessage tone="success">{form.success}</FormMessage> : null}
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
      <Button type="submit" disabled={form.pending} className="w-fit">
        {form.pending ? "Changing…" : "Change email address"}
      </Button>
    </form>
  );
}
