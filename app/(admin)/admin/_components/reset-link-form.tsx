"use client";
// "Make a reset link" for one account: the link appears here once, with a
// button to copy it, and is gone when the page is left.
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { IDLE_FORM_STATE } from "@/lib/actions/form-state";
import { makeResetLinkAction } from "../actions";

export function ResetLinkForm({ userId, name }: { userId: string; name: string }) {
  const [state, action, pending] = useActionState(makeResetLinkAction, IDLE_FORM_STATE);
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  const link = state.status === "success" ? state.link : undefined;
  const fieldId = `reset-link-${userId}`;

  async function copy(value: string) {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  }

  return (
    <div className="flex max-w-sm flex-col gap-2">
      <form action={action} onSubmit={() => setCopied("idle")}>
        <input type="hidden" name="userId" value={userId} />
        <Button
          type="submit"
          variant="secondary"
          disabled={pending}
          aria-label={`Make a password reset link for ${name}`}
        >
          {pending ? "Making a link…" : "Make a reset link"}
        </Button>
      </form>
      <div role="status" className="flex flex-col gap-2 text-sm">
        {state.status === "error" ? <p className="m-0 text-danger">{state.message}</p> : null}
        {state.status === "success" ? <p className="m-0">{state.message}</p> : null}
      </div>
      {link ? (
        <div className="flex flex-col gap-1">
          <label htmlFor={fieldId} className="text-sm font-medium">
            Reset link for {name}
          </label>
          <div className="flex gap-2">
            <input
              id={fieldId}
              readOnly
              value={link}
              onFocus={(event) => event.currentTarget.select()}
              className="min-h-11 w-full min-w-0 flex-1 rounded-md border border-border bg-surface-muted px-3 py-2 font-mono text-sm text-ink"
            />
            <Button
              type="button"
              variant="secondary"
              onClick={() => void copy(link)}
              aria-label={`Copy the reset link for ${name}`}
            >
              Copy
            </Button>
          </div>
          <p role="status" className="m-0 text-sm">
            {copied === "copied"
              ? "Copied."
              : copied === "failed"
                ? "This browser wouldn’t copy it: select the link and copy it yourself."
                : ""}
          </p>
        </div>
      ) : null}
    </div>
  );
}
