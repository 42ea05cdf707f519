"use client";
import { Trash2 } from "lucide-react";
import { SubmitButton } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { FORGET_DRAFTS_KEY } from "../../../goodbye/_components/forget-drafts";
import { deleteAccountAction } from "../actions";

export function DeleteAccountForm({ userId, email }: { userId: string; email: string }) {
  const form = useFormAction(deleteAccountAction);
  // Answers not yet saved may wait in this browser (see reflection-store). The
  // goodbye page removes this account's, once the account is really gone.
  const remember = () => {
    try {
      window.sessionStorage.setItem(FORGET_DRAFTS_KEY, userId);
    } catch {
      // Storage blocked: nothing to forget later either.
    }
  };
  return (
    <form action={form.action} onSubmit={remember} className="flex flex-col gap-5" noValidate>
      {form.error && !form.errors("email") ? <FormMessage tone="error">{form.error}</FormMessage> : null}
      <Field
        label="Type your email address to confirm"
        name="email"
        type="email"
        hint={`This account's email address is ${email}.`}
        autoComplete="off"
        spellCheck={false}
        required
        defaultValue={form.value("email")}
        errors={form.errors("email")}
      />
      <SubmitButton pending={form.pending} busy="Deleting your account…" variant="danger" className="w-fit">
        <Trash2 aria-hidden="true" />
        Delete my account and everything in it
      </SubmitButton>
    </form>
  );
}
