"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { IDLE_FORM_STATE } from "@/lib/actions/form-state";
import { changeNameAction } from "../actions";

export function NameForm({ name }: { name: string }) {
  const [state, action, pending] = useActionState(changeNameAction, IDLE_FORM_STATE);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state.status === "error" ? <FormMessage tone="error">{state.message}</FormMessage> : null}
      {state.status === "success" ? <FormMessage tone="success">{state.message}</FormMessage> : null}
      <Field
        label="Your name"
        name="name"
        autoComplete="name"
        hint="Your facilitators see it beside your progress and anything you share."
        required
        defaultValue={values?.name ?? name}
        errors={errors?.name}
      />
      <Button type="submit" disabled={pending} className="w-fit">
        {pending ? "Saving…" : "Save name"}
      </Button>
    </form>
  );
}
