"use client";
import { Save } from "lucide-react";
// Looking back: the prompt answered anew, and what has changed since then.
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useFormAction } from "@/components/ui/use-form-action";
import { REFLECTION_MAX_CHARS } from "@/lib/reflections/limits";
import { answerLookBackAction } from "../../actions";
import { CHANGE_NOTE_MAX_CHARS } from "../../schemas";

export function LookBackAnswerForm({ lookBackId, prompt }: { lookBackId: string; prompt: string }) {
  const form = useFormAction(answerLookBackAction);
  return (
    <ActionForm form={form} className="flex flex-col gap-5">
      <input type="hidden" name="lookBackId" value={lookBackId} />
      <TextAreaField
        id="look-back-body"
        name="body"
        label={`${prompt} — your answer today`}
        hint="Write it fresh, without copying the earlier one. It is kept as a new dated answer; the earlier one stays as it was."
        rows={7}
        maxLength={REFLECTION_MAX_CHARS}
        defaultValue={form.value("body")}
        errors={form.errors("body")}
      />
      <TextAreaField
        id="look-back-change"
        name="changeNote"
        label="What has changed since then?"
        hint="In you, in them, or in how things are between you. Optional."
        rows={4}
        maxLength={CHANGE_NOTE_MAX_CHARS}
        defaultValue={form.value("changeNote")}
        errors={form.errors("changeNote")}
      />
      <SubmitButton pending={form.pending} busy="Saving…" className="w-fit">
        <Save aria-hidden="true" />
        Save and compare
      </SubmitButton>
    </ActionForm>
  );
}
