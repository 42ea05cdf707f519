"use client";
import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { sendTestEmailAction } from "../actions";

export function TestEmailForm({ to }: { to: string }) {
  const form = useFormAction(sendTestEmailAction);
  return (
    <form action={form.action} className="flex flex-col items-start gap-2">
      <Button type="submit" variant="secondary" disabled={form.pending}>
        {form.pending ? "Sending…" : "Send a test email"}
        <span className="sr-only"> to {to}</span>
      </Button>
      <p role="status" className={`m-0 text-sm ${form.error ? "text-danger" : "text-success"}`}>
        {form.error ?? form.success}
      </p>
    </form>
  );
}
