"use client";
import { useFormAction } from "@/components/ui/use-form-action";
import { InlineOutcome } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { setDisabledAction } from "../actions";

export function DisableForm({ userId, name, disabled }: { userId: string; name: string; disabled: boolean }) {
  const form = useFormAction(setDisabledAction);
  return (
    <form action={form.action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? "false" : "true"} />
      <Button type="submit" variant={disabled ? "secondary" : "danger"} disabled={form.pending}>
        {disabled ? "Enable" : "Disable"}
        <span className="sr-only"> {name}</span>
      </Button>
      <InlineOutcome form={form} wide />
    </form>
  );
}
