"use client";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { useFormAction } from "@/components/ui/use-form-action";
import { archiveCohortAction } from "../actions";

/** Archive (after ticking a confirmation box) or bring the cohort back. */
export function ArchiveForm({
  cohortId,
  archived,
  confirmValue,
}: {
  cohortId: string;
  archived: boolean;
  confirmValue: string;
}) {
  const form = useFormAction(archiveCohortAction);
  const confirmErrors = form.errors("confirm");
  return (
    <ActionForm form={form}>
      <input type="hidden" name="cohortId" value={cohortId} />
      <input type="hidden" name="archived" value={archived ? "false" : "true"} />
      {archived ? (
        <SubmitButton pending={form.pending} busy="Bringing it back…" className="w-fit">
          Unarchive cohort
        </SubmitButton>
      ) : (
        <>
          <div className="flex flex-col gap-1">
            <label className="flex min-h-11 w-fit items-center gap-3 font-medium">
              <input
                type="checkbox"
                name="confirm"
                value={confirmValue}
                required
                aria-invalid={confirmErrors ? true : undefined}
                aria-describedby={confirmErrors ? "confirm-error" : undefined}
                className="h-5 w-5 shrink-0 accent-accent"
              />
              Yes, archive this cohort
            </label>
            {confirmErrors ? (
              <ul id="confirm-error" className="m-0 text-sm text-danger">
                {confirmErrors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            ) : null}
          </div>
          <SubmitButton pending={form.pending} busy="Archiving…" variant="danger" className="w-fit">
            Archive cohort
          </SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
