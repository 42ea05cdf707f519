"use client";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { markAllNotificationsReadAction } from "../actions";

export function MarkAllReadForm({ allRead }: { allRead: boolean }) {
  const form = useFormAction(markAllNotificationsReadAction);
  return (
    <ActionForm form={form} className="flex flex-col items-start gap-3">
      <SubmitButton pending={form.pending} busy="Marking…" variant="secondary" disabled={allRead}>
        Mark all as read
      </SubmitButton>
    </ActionForm>
  );
}
