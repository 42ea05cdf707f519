"use client";
import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
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
  const form = useFormAction(replyAction);
  return (
    <form action={form.action} className="flex flex-col gap-3" noValidate>
      {form.error ? <FormMessage tone="error">{form.error}</FormMessage> : null}
      {form.success ? <FormMessage tone="success">{form.success}</FormMessage> : null}
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
      <Button type="submit" disabled={form.pending} className="w-fit">
        {form.pending ? "Sending…" : "Send reply"}
      </Button>
    </form>
  );
}
