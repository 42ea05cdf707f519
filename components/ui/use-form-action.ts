"use client";
// The one hook behind every client form that runs a server action: React's
// useActionState, plus what a form shows from the state the action returns
// (lib/actions/form-state.ts): whether it is pending, the message, each
// field's errors and the values to keep after a refusal.
import { useActionState, useEffect, useRef } from "react";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";

export type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

export function useFormAction(serverAction: FormAction) {
  const [state, action, pending] = useActionState(serverAction, IDLE_FORM_STATE);
  const failed = state.status === "error" ? state : undefined;

  /** What was sent in a field, kept after a refusal; `fallback` (or "") before any try. */
  function value(name: string): string;
  function value<F extends string | null>(name: string, fallback: F): string | F;
  function value(name: string, fallback: string | null = ""): string | null {
    const kept = failed?.values?.[name];
    return (Array.isArray(kept) ? kept[0] : kept) ?? fallback;
  }

  return {
    state,
    /** For <form action={…}>. */
    action,
    pending,
    /** The error's sentence, when the last try was refused. */
    error: failed?.message,
    /** The success sentence, when the last try worked. */
    success: state.status === "success" ? state.message : undefined,
    /** A field's errors, with those of its parts ("learnerIds.0"); undefined when there are none. */
    errors(name: string): string[] | undefined {
      const all = Object.entries(failed?.fieldErrors ?? {})
        .filter(([key]) => key === name || key.startsWith(`${name}.`))
        .flatMap(([, messages]) => messages ?? []);
      return all.length > 0 ? all : undefined;
    },
    value,
    /** Every value sent under a name (checkboxes); undefined when nothing was kept. */
    values(name: string): string[] | undefined {
      if (!failed?.values) return undefined;
      const kept = failed.values[name];
      return kept === undefined ? [] : Array.isArray(kept) ? kept : [kept];
    },
  };
}

/** Calls `onDone` once for each success of a form's action (not again on re-renders). */
export function useOnSuccess(state: FormState, onDone: () => void): void {
  const seen = useRef<FormState | null>(null);
  useEffect(() => {
    if (state.status !== "success" || seen.current === state) return;
    seen.current = state;
    onDone();
  }, [state, onDone]);
}
