"use client";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { confirmEmailChangeAction } from "../actions";

export function ConfirmEmailForm({ token }: { token: string }) {
  const form = useFormAction(confirmEmailChangeAction);
  return (
    <ActionForm form={form} noValidate={false}>
      <input type="hidden" name="token" value={token} />
      <SubmitButton pending={form.pending} busy="Confirming…" className="w-fit">
        Yes, use this address
      </SubmitButton>
    </ActionForm>
  );
}
