"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { IDLE_FORM_STATE } from "@/lib/actions/form-state";
import { FORGET_DRAFTS_KEY } from "../../../goodbye/_components/forget-drafts";
import { deleteAccountAction } from "../actions";

export function DeleteAccountForm({ userId, email }: { userId: string; email: string }) {
  const [state, action, pending] = useActionState(deleteAccountAction, IDLE_FORM_STATE);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
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
    <form action={action} onSubmit={remember} className="flex flex-col gap-5" noValidate>
      {state.status === "error" && !errors?.email ? <FormMessage tone="error">{state.message}</FormMessage> : null}
      <Field
        label="Type your email address to confirm"
        name="email"
        type="email"
        hint={`This account's email address is ${email}.`}
        autoComplete="off"
        spellCheck={false}
        required
        defaultValue={state.status === "error" ? (state.values?.email ?? "") : ""}
        errors={errors?.email}
      />
      <Button type="submit" variant="danger" disabled={pending} className="w-fit">
        {pending ? "Deleting your account…" : "Delete my account and everything in it"}
      </Button>
    </form>
  );
}
