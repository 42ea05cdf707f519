"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { IDLE_FORM_STATE } from "@/lib/actions/form-state";
import { TextAreaField } from "../../../../_components/text-area-field";
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
  const [state, action, pending] = useActionState(replyAction, IDLE_FORM_STATE);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const values = state.status === "error" ? state.values : undefined;
  return (
    <form action={action} className="flex flex-col gap-3" noValidate>
      {state.status === "error" ? <FormMessage tone="error">{state.message}</FormMessage> : null}
      {state.status === "success" ? <FormMessage tone="success">{state.message}</FormMessage> : null}
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
        defaultValue={values?.body ?? ""}
        errors={errors?.body}
      />
      <Button type="submit" disabled={pending} className="w-fit">
        {pending ? "Sending…" : "Send reply"}
      </Button>
    </form>
  );
}
