"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { IDLE_FORM_STATE } from "@/lib/actions/form-state";
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
  const [state, action, pending] = useActionState(archiveCohortAction, IDLE_FORM_STATE);
  const confirmErrors = state.status === "error" ? state.fieldErrors?.confirm : undefined;
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state.status === "error" ? <FormMessage tone="error">{state.message}</FormMessage> : null}
      {state.status === "success" ? <FormMessage tone="success">{state.message}</FormMessage> : null}
      <input type="hidden" name="cohortId" value={cohortId} />
      <input type="hidden" name="archived" value={archived ? "false" : "true"} />
      {archived ? (
        <Button type="submit" disabled={pending} className="w-fit">
          {pending ? "Bringing it back…" : "Unarchive cohort"}
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
          <Button type="submit" variant="danger" disabled={pending} className="w-fit">
            {pending ? "Archiving…" : "Archive cohort"}
          </Button>
        </>
      )}
    </form>
  );
}
