"use client";
import { useFormAction } from "@/components/ui/use-form-action";
import { useState } from "react";
import { FormSuccess } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { leaveCohortAction } from "../../actions";

/** Leaving takes two steps, both reachable by keyboard. */
export function LeaveCohortForm({ cohortId, cohortName }: { cohortId: string; cohortName: string }) {
  const form = useFormAction(leaveCohortAction);
  const [confirming, setConfirming] = useState(false);
  // Leaving sends the learner back to the dashboard, which says so as a toast;
  // an action that answers in place instead says it here, the same way.
  if (form.success) return <FormSuccess form={form} className="mt-0" />;
  if (!confirming) {
    return (
      <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
        Leave {cohortName}
      </Button>
    );
  }
  return (
    <form action={form.action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="cohortId" value={cohortId} />
      <p className="m-0 text-sm">
        Leave {cohortName}? Its facilitators will no longer see your progress, and any answers you shared with it become
        private again (joining again later won&rsquo;t bring them back).
      </p>
      <Button type="submit" variant="danger" disabled={form.pending}>
        Yes, leave
      </Button>
      <Button type="button" variant="quiet" onClick={() => setConfirming(false)}>
        Stay
      </Button>
      {form.error ? (
        <p role="alert" className="m-0 text-sm text-danger">
          {form.error}
        </p>
      ) : null}
    </form>
  );
}
