"use client";
import { Trash2 } from "lucide-react";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import Link from "@/components/ui/link";
import { type ReactNode } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { deleteAllAnswersAction } from "../actions";
import { DELETE_ALL_WORD } from "../schemas";

/**
 * The explanation (children) and the form, or, once the answers are deleted,
 * the outcome. Kept in one component so the outcome stays on screen when the
 * page refreshes with an empty journal.
 */
export function DeleteAllForm({ empty, children }: { empty: boolean; children: ReactNode }) {
  const form = useFormAction(deleteAllAnswersAction);
  if (form.success) {
    return (
      <div className="flex flex-col items-start gap-3">
        <FormMessage tone="success" inline>
          {form.success}
        </FormMessage>
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
  return (
    <>
      {children}
      <ActionForm form={form} className="flex flex-col gap-5">
        <Field
          label={`Type ${DELETE_ALL_WORD} to confirm`}
          name="confirm"
          hint="This is to make sure nobody deletes their answers by accident."
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
          defaultValue={form.value("confirm")}
          errors={form.errors("confirm")}
        />
        <SubmitButton pending={form.pending} busy="Deleting…" variant="danger" className="w-fit">
          <Trash2 aria-hidden="true" />
          Delete all my answers
        </SubmitButton>
      </ActionForm>
    </>
  );
}
