"use client";
import { Mail } from "lucide-react";
import { useFormAction } from "@/components/ui/use-form-action";
import { FormSuccess } from "@/components/ui/action-form";
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
      {form.error ? (
        <p role="alert" className="m-0 text-sm text-danger">
          {form.error}
        </p>
      ) : null}
      <FormSuccess form={form} className="mt-0" />
    </form>
  );
}
