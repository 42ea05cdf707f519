"use client";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { joinCohortAction } from "../../../actions";

export function JoinForm({ code, cohortName }: { code: string; cohortName: string }) {
  const form = useFormAction(joinCohortAction);
  return (
    <ActionForm form={form} noValidate={false}>
      <input type="hidden" name="code" value={code} />
      <SubmitButton pending={form.pending} busy="Joining…">{`Join ${cohortName}`}</SubmitButton>
    </ActionForm>
  );
}
