"use client";
import { InlineOutcome } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { useFormAction, type FormAction } from "@/components/ui/use-form-action";

type Props = {
  action: FormAction;
  /** Hidden fields that say what the button acts on. */
  fields: Record<string, string>;
  label: string;
  pendingLabel?: string;
  /** Said after the label to screen readers, when the label alone is ambiguous ("Remove"). */
  srContext?: string;
  variant?: "primary" | "secondary" | "danger" | "quiet";
};

/** One button that runs one server action, with its outcome announced beside it. */
export function ActionButtonForm({ action, fields, label, pendingLabel, srContext, variant = "secondary" }: Props) {
  const form = useFormAction(action);
  return (
    <form action={form.action} className="flex flex-wrap items-center gap-x-3 gap-y-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} disabled={form.pending}>
        {form.pending && pendingLabel ? pendingLabel : label}
        {srContext ? <span className="sr-only"> {srContext}</span> : null}
      </Button>
      <InlineOutcome form={form} />
    </form>
  );
}
