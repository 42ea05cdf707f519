"use client";
import { Save } from "lucide-react";
// Which notifications also come by email: a checkbox per kind this person can
// receive. The app lists every kind whatever is chosen here.
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { KIND_NAMES, type NotificationKind } from "@/lib/notifications/kinds";
import { saveEmailChoicesAction } from "../actions";

export function EmailChoicesForm({ choices }: { choices: { kind: NotificationKind; emailed: boolean }[] }) {
  const form = useFormAction(saveEmailChoicesAction);
  return (
    <ActionForm form={form}>
      <fieldset className="m-0 flex flex-col gap-3 border-0 p-0">
        <legend className="mb-2 p-0 font-medium">Email me about</legend>
        {choices.map(({ kind, emailed }) => (
          <label key={kind} className="flex min-h-11 items-start gap-3">
            <input
              type="checkbox"
              name="emailed"
              value={kind}
              defaultChecked={emailed}
              className="mt-1 size-5 shrink-0 accent-accent"
            />
            <span className="flex flex-col">
              <span>{KIND_NAMES[kind].label}</span>
              <span className="text-sm text-ink-muted">{KIND_NAMES[kind].hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <SubmitButton pending={form.pending} busy="Saving…" className="w-fit">
        <Save aria-hidden="true" />
        Save email choices
      </SubmitButton>
    </ActionForm>
  );
}
