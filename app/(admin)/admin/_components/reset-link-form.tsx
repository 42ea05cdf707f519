"use client";
import { Copy } from "lucide-react";
import { useFormAction } from "@/components/ui/use-form-action";
// "Make a reset link" for one account. The link appears once, in a dialog
// over the page (the accounts table is no place for a long address), with a
// button to copy it; closing the dialog or leaving the page forgets it.
// Without JavaScript the dialog is simply shown open.
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { Toast } from "@/components/ui/toast";
import { makeResetLinkAction } from "../actions";

const noSubscription = () => () => {};

/** False in the server's HTML (and while hydrating), true once scripts run. */
function useScripts(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

export function ResetLinkForm({ userId, name }: { userId: string; name: string }) {
  const form = useFormAction(makeResetLinkAction);
  // Each copy is its own toast (a number per copy); a refusal stays beside the field.
  const [copied, setCopied] = useState<"idle" | number | "failed">("idle");
  const [dismissed, setDismissed] = useState<string | null>(null);
  const scripts = useScripts();
  const dialog = useRef<HTMLDialogElement>(null);
  const issued = form.state.status === "success" ? form.state.link : undefined;
  // Once closed, the link is gone from the page too.
  const link = issued && issued !== dismissed ? issued : undefined;
  const fieldId = `reset-link-${userId}`;

  useEffect(() => {
    const element = dialog.current;
    if (link && element && !element.open) element.showModal();
  }, [link]);

  async function copy(value: string) {
    try {
      await navigator.clipboard.writeText(value);
      setCopied((before) => (typeof before === "number" ? before + 1 : 1));
    } catch {
      setCopied("failed");
    }
  }

  return (
    <>
      <form action={form.action} onSubmit={() => setCopied("idle")}>
        <input type="hidden" name="userId" value={userId} />
        <Button
          type="submit"
          variant="secondary"
          disabled={form.pending}
          aria-label={`Make a password reset link for ${name}`}
          className="whitespace-nowrap"
        >
          {form.pending ? "Making…" : "Reset link"}
        </Button>
      </form>
      {form.error ? (
        <p role="alert" className="m-0 max-w-56 text-sm text-danger">
          {form.error}
        </p>
      ) : null}
      {link && form.success ? (
        <dialog
          ref={dialog}
          // Without scripts it can't be opened as a modal: it is shown in place.
          open={!scripts}
          onClose={() => setDismissed(link)}
          aria-labelledby={`${fieldId}-title`}
          className="m-auto w-[min(38rem,calc(100vw-2rem))] rounded-lg border border-border bg-surface p-6 text-ink backdrop:bg-black/60"
        >
          <div className="flex flex-col gap-4">
            <h2 id={`${fieldId}-title`} className="m-0 text-xl font-semibold">
              A reset link for {name}
            </h2>
            <p role="status" className="m-0">
              {form.success}
            </p>
            <div className="flex flex-col gap-1">
              <label htmlFor={fieldId} className="font-medium">
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
                  className="shrink-0"
                >
                  <Copy aria-hidden="true" />
                  Copy
                </Button>
              </div>
              <div className="min-h-6">
                {typeof copied === "number" ? (
                  <Toast key={copied} className="mt-0">
                    Copied.
                  </Toast>
                ) : (
                  <p role="status" className="m-0 text-sm">
                    {copied === "failed" ? "This browser wouldn’t copy it: select the link and copy it yourself." : ""}
                  </p>
                )}
              </div>
            </div>
            <form method="dialog">
              <Button type="submit" variant="secondary">
                Done
              </Button>
            </form>
          </div>
        </dialog>
      ) : null}
    </>
  );
}
