"use client";
import { Trash2 } from "lucide-react";
import { SubmitButton } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
// Deleting an answer takes two explicit steps: open the confirmation, then
// confirm. Native <details>, so it works by keyboard and screen reader.
import { useRef } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { deleteAnswerAction } from "../actions";

export function DeleteAnswerForm({ entryId, promptId, when }: { entryId: string; promptId: string; when: string }) {
  const form = useFormAction(deleteAnswerAction);
  const details = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);
  const keep = () => {
    if (details.current) details.current.open = false;
    summary.current?.focus();
  };
  return (
    <details ref={details} className="flex flex-col gap-3">
      <summary ref={summary} className={buttonClass("danger", "w-fit cursor-pointer list-none")}>
        Delete this answer<span className="sr-only"> from {when}</span>
      </summary>
      <div className="mt-3 flex flex-col gap-3 rounded-md border border-danger bg-danger-soft p-3">
        <p className="m-0">This deletes the answer and its earlier versions for good. It can&rsquo;t be undone.</p>
        <form action={form.action} className="flex flex-wrap gap-2">
          <input type="hidden" name="entryId" value={entryId} />
          <input type="hidden" name="promptId" value={promptId} />
          <SubmitButton pending={form.pending} busy="Deleting…" variant="danger">
            <Trash2 aria-hidden="true" />
            Yes, delete this answer
          </SubmitButton>
          <Button type="button" variant="secondary" onClick={keep}>
            Keep it
          </Button>
        </form>
        {form.error ? (
          <p role="alert" className="m-0 text-danger">
            {form.error}
          </p>
        ) : null}
      </div>
    </details>
  );
}
