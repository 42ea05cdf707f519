"use client";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { acceptInvitationAction } from "../../../actions";

export function AcceptForm({ token, cohortName }: { token: string; cohortName: string }) {
  const form = useFormAction(acceptInvitationAction);
  return (
    <ActionForm form={form} noValidate={false}>
      <input type="hidden" name="token" value={token} />
      <SubmitButton pending={form.pending} busy="Joining…">{`Join ${cohortName}`}</SubmitButton>
    </ActionForm>
  );
}
