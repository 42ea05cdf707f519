"use client";
import { Mail } from "lucide-react";
import { useFormAction } from "@/components/ui/use-form-action";
import { InlineOutcome } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { sendTestEmailAction } from "../actions";

export function TestEmailForm({ to }: { to: string }) {
  const form = useFormAction(sendTestEmailAction);
  return (
    <form action={form.action} className="flex flex-col items-start gap-2">
      <Button type="submit" variant="secondary" disabled={form.pending}>
        <Mail aria-hidden="true" />
        {form.pending ? "Sending…" : "Send a test email"}
        <span className="sr-only"> to {to}</span>
      </Button>
      <InlineOutcome form={form} />
    </form>
  );
}
