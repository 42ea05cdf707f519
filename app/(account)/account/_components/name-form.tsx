"use client";
import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { changeNameAction } from "../actions";

export function NameForm({ name }: { name: string }) {
  const form = useFormAction(changeNameAction);
  return (
    <form action={form.action} className="flex flex-col gap-4" noValidate>
      {form.error ? <FormMessage tone="error">{form.error}</FormMessage> : null}
      {form.success ? <FormMessage tone="success">{form.success}</FormMessage> : null}
      <Field
        label="Your name"
        name="name"
        autoComplete="name"
        hint="Your facilitators see it beside your progress and anything you share."
        required
        defaultValue={form.value("name", name)}
        errors={form.errors("name")}
      />
      <Button type="submit" disabled={form.pending} className="w-fit">
        {form.pending ? "Saving…" : "Save name"}
      </Button>
    </form>
  );
}
