"use client";
import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { joinCohortAction } from "../../../actions";

export function JoinForm({ code, cohortName }: { code: string; cohortName: string }) {
  const form = useFormAction(joinCohortAction);
  return (
    <form action={form.action} className="flex flex-col gap-4">
      {form.error ? <FormMessage tone="error">{form.error}</FormMessage> : null}
      <input type="hidden" name="code" value={code} />
      <Button type="submit" disabled={form.pending}>
        {form.pending ? "Joining…" : `Join ${cohortName}`}
      </Button>
    </form>
  );
}
