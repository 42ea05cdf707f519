"use client";
// The frame of a client form that runs a server action through
// useFormAction: the <form>, the outcome's sentence above the fields
// (announced as it appears), and a submit button that says what it is doing
// while the action runs and can't be pressed twice.
import type { ComponentProps, ReactNode } from "react";
import { Button } from "./button";
import { FormMessage } from "./form-message";
import type { useFormAction } from "./use-form-action";

type Form = Pick<ReturnType<typeof useFormAction>, "action" | "error" | "success">;

export function ActionForm({
  form,
  className = "flex flex-col gap-4",
  noValidate = true,
  children,
  ...props
}: Omit<ComponentProps<"form">, "action"> & { form: Form; children: ReactNode }) {
  return (
    <form action={form.action} className={className} noValidate={noValidate} {...props}>
      <FormOutcome form={form} />
      {children}
    </form>
  );
}

/** The last try's sentence: what went wrong, or what was done. */
export function FormOutcome({ form }: { form: Pick<Form, "error" | "success"> }) {
  if (form.error) return <FormMessage tone="error">{form.error}</FormMessage>;
  if (form.success) return <FormMessage tone="success">{form.success}</FormMessage>;
  return null;
}

/** A submit button showing `busy` ("Saving…") and disabled while `pending`. */
export function SubmitButton({
  pending,
  busy,
  disabled = false,
  children,
  ...props
}: Omit<ComponentProps<typeof Button>, "type"> & { pending: boolean; busy: string }) {
  return (
    <Button type="submit" disabled={pending || disabled} {...props}>
      {pending ? busy : children}
    </Button>
  );
}
