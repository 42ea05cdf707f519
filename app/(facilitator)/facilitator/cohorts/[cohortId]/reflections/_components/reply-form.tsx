"use client";
import { Send } from "lucide-react";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { TextAreaField } from "@/components/ui/text-area-field";
import { replyAction } from "../actions";

export function ReplyForm({
  cohortId,
  reflectionId,
  learnerName,
  maxChars,
}: {
  cohortId: string;
  reflectionId: string;
  learnerName: string;
  maxChars: number;
}) {
  const form = useFormAction(replyAction);
  return (
    <ActionForm form={form} className="flex flex-col gap-3">
      <input type="hidden" name="cohortId" value={cohortId} />
      <input type="hidden" name="reflectionId" value={reflectionId} />
      <TextAreaField
        id={`reply-${reflectionId}`}
        name="body"
        label={`Your reply to ${learnerName}`}
        hint={`A short, kind note of up to ${maxChars.toLocaleString("en")} characters. ${learnerName} sees it beside their reflection; this cohort’s facilitators see it here, and no one else.`}
        rows={3}
        maxLength={maxChars}
        required
        defaultValue={form.value("body")}
        errors={form.errors("body")}
      />
      <SubmitButton pending={form.pending} busy="Sending…" className="w-fit">
        <Send aria-hidden="true" />
        Send reply
      </SubmitButton>
    </ActionForm>
  );
}
