"use client";
// The frame of a client form that runs a server action through
// useFormAction: the <form>, the outcome's sentence above the fields
// (an error announced as it appears; a success as the toast), and a submit button that says what it is doing
// while the action runs and can't be pressed twice.
import type { ComponentProps, ReactNode } from "react";
import { Button } from "./button";
import { FormMessage } from "./form-message";
import { Toast, toastKey } from "./toast";
import type { useFormAction } from "./use-form-action";

type Form = Pick<ReturnType<typeof useFormAction>, "action" | "error" | "success"> & {
  state?: ReturnType<typeof useFormAction>["state"];
};

// Each success of a form gets its own toast, even when the words repeat:
// the state object React returns is new for every try.
function tryKey(state: object | undefined, fallback: string): string {
  return state ? toastKey(state) : fallback;
}

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

/** The last try's sentence: what went wrong (beside the form), or what was done (a toast). */
export function FormOutcome({ form }: { form: Pick<Form, "error" | "success" | "state"> }) {
  if (form.error) return <FormMessage tone="error">{form.error}</FormMessage>;
  if (form.success)
    return (
      <FormMessage key={tryKey(form.state, form.success)} tone="success">
        {form.success}
      </FormMessage>
    );
  return null;
}

/**
 * Only the success of the last try, as the toast: for a small form (one
 * button in a row) that shows its error as a short line of its own.
 */
export function FormSuccess({ form, className }: { form: Pick<Form, "success" | "state">; className?: string }) {
  if (!form.success) return null;
  return (
    <Toast key={tryKey(form.state, form.success)} className={className}>
      {form.success}
    </Toast>
  );
}

/**
 * The outcome of a small form that sits in a row (a button or two): the
 * error as a short line after it, announced as it appears, and the success
 * as the toast. `wide` puts the line on a row of its own in a wrapping flex row.
 */
export function InlineOutcome({
  form,
  wide = false,
}: {
  form: Pick<Form, "error" | "success" | "state">;
  wide?: boolean;
}) {
  const row = wide ? "basis-full" : "";
  return (
    <>
      {form.error ? (
        <p role="alert" className={`m-0 text-sm text-danger ${row}`.trim()}>
          {form.error}
        </p>
      ) : null}
      <FormSuccess form={form} className={`mt-0 ${row}`.trim()} />
    </>
  );
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
