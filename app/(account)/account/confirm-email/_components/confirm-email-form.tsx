"use client";
import { useFormAction } from "@/components/ui/use-form-action";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { confirmEmailChangeAction } from "../actions";

export function ConfirmEmailForm({ token }: { token: string }) {
  const form = useFormAction(confirmEmailChangeAction);
  return (
    <form action={form.action} className="flex flex-col gap-4">
      {form.error ? <FormMessage tone="error">{form.error}</FormMessage> : null}
      <input type="hidden" name="token" value={token} />
      <Button type="submit" disabled={form.pending} className="w-fit">
        {form.pending ? "Confirming…" : "Yes, use this address"}
      </Button>
    </form>
  );
}
