"use client";
import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
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
    <form action={form.action} className="flex flex-col gap-4" noValidate>
      {form.error ? <FormMessage tone="error">{form.error}</FormMessage> : null}
      {form.success ? <FormMessage tone="success">{form.success}</FormMessage> : null}
      <input type="hidden" name="cohortId" value={cohortId} />
      <input type="hidden" name="archived" value={archived ? "false" : "true"} />
      {archived ? (
        <Button type="submit" disabled={form.pending} className="w-fit">
          {form.pending ? "Bringing it back…" : "Unarchive cohort"}
        </Button>
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
          <Button type="submit" variant="danger" disabled={form.pending} className="w-fit">
            {form.pending ? "Archiving…" : "Archive cohort"}
          </Button>
        </>
      )}
    </form>
  );
}
