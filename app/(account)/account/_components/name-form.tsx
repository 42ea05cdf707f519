"use client";
import { Save } from "lucide-react";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { Field } from "@/components/ui/field";
import { changeNameAction } from "../actions";

export function NameForm({ name }: { name: string }) {
  const form = useFormAction(changeNameAction);
  return (
    <ActionForm form={form}>
      <Field
        label="Your name"
        name="name"
        autoComplete="name"
        hint="Your facilitators see it beside your progress and anything you share."
        required
        defaultValue={form.value("name", name)}
        errors={form.errors("name")}
      />
      <SubmitButton pending={form.pending} busy="Saving…" className="w-fit">
        <Save aria-hidden="true" />
        Save name
      </SubmitButton>
    </ActionForm>
  );
}
