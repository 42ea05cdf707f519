"use client";
import Link from "next/link";
import { useActionState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { IDLE_FORM_STATE } from "@/lib/actions/form-state";
import { deleteAllAnswersAction } from "../actions";
import { DELETE_ALL_WORD } from "../schemas";

/**
 * The explanation (children) and the form, or, once the answers are deleted,
 * the outcome. Kept in one component so the outcome stays on screen when the
 * page refreshes with an empty journal.
 */
export function DeleteAllForm({ empty, children }: { empty: boolean; children: ReactNode }) {
  const [state, action, pending] = useActionState(deleteAllAnswersAction, IDLE_FORM_STATE);
  if (state.status === "success") {
    return (
      <div className="flex flex-col items-start gap-3">
        <FormMessage tone="success">{state.message}</FormMessage>
        <Link href="/journal">Back to your journal</Link>
      </div>
    );
  }
  if (empty) {
    return (
      <p className="m-0">
        Your journal is empty: there are no answers to delete. <Link href="/journal">Back to your journal</Link>
      </p>
    );
  }
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  return (
    <>
      {children}
      <form action={action} className="flex flex-col gap-5" noValidate>
        {state.status === "error" ? <FormMessage tone="error">{state.message}</FormMessage> : null}
        <Field
          label={`Type ${DELETE_ALL_WORD} to confirm`}
          name="confirm"
          hint="This is to make sure nobody deletes their answers by accident."
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
          defaultValue={state.status === "error" ? (state.values?.confirm ?? "") : ""}
          errors={errors?.confirm}
        />
        <Button type="submit" variant="danger" disabled={pending} className="w-fit">
          {pending ? "Deleting…" : "Delete all my answers"}
        </Button>
      </form>
    </>
  );
}
