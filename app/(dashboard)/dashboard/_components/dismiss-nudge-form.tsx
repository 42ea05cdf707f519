"use client";
import { useFormAction } from "@/components/ui/use-form-action";
import { dismissNudgeAction } from "../../actions";

export function DismissNudgeForm({ nudgeId }: { nudgeId: string }) {
  const form = useFormAction(dismissNudgeAction);
  return (
    <form action={form.action}>
      <input type="hidden" name="nudgeId" value={nudgeId} />
      <button
        type="submit"
        disabled={form.pending}
        className="min-h-11 cursor-pointer text-accent underline underline-offset-4"
      >
        Dismiss
      </button>
    </form>
  );
}
