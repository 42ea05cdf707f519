"use client";
// A value to copy (a link, an address) in a read-only field, with a button
// that copies it, or selects it to copy by hand when the browser won't. The
// field scrolls sideways inside itself, so a long address never widens the
// page on a phone. Give it a new `key` when the value changes, so an old
// "Copied" isn't left beside a new value.
import { Copy } from "lucide-react";
import { useId, useRef, useState } from "react";
import { Button } from "./button";
import { Toast, toastKey } from "./toast";

export function CopyField({
  label,
  value,
  hint,
  copiedMessage = "Copied.",
  selectedMessage = "Your browser didn’t let us copy it, so it is selected: press Ctrl+C (or ⌘C on a Mac).",
  buttonLabel = "Copy link",
  variant = "secondary",
}: {
  label: React.ReactNode;
  value: string;
  hint?: React.ReactNode;
  /** What to say once it is copied ("Copied. Paste it into …"). */
  copiedMessage?: string;
  /** What to say when the browser won't copy and the value is selected instead. */
  selectedMessage?: string;
  buttonLabel?: React.ReactNode;
  variant?: "primary" | "secondary";
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  // What happened last: copied (a toast, one per copy) or selected to copy by hand (a line beside the field).
  const [outcome, setOutcome] = useState<{ copied: boolean } | null>(null);

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error("No clipboard");
      await navigator.clipboard.writeText(value);
      setOutcome({ copied: true });
    } catch {
      input.current?.focus();
      input.current?.select();
      setOutcome({ copied: false });
    }
  }

  return (
    <div className="flex min-w-0 flex-col gap-2">
      <label htmlFor={`${id}-field`} className="font-medium wrap-anywhere">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="m-0 text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <input
          ref={input}
          id={`${id}-field`}
          type="text"
          readOnly
          value={value}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onFocus={(event) => event.currentTarget.select()}
          className="min-h-11 w-full min-w-0 flex-1 basis-64 rounded-md border border-border bg-surface-muted px-3 py-2 font-mono text-sm text-ink"
        />
        <Button type="button" variant={variant} onClick={() => void copy()}>
          <Copy aria-hidden="true" />
          {buttonLabel}
        </Button>
      </div>
      {/* A line kept for what happened, so nothing below moves when it comes or when the toast settles in it. */}
      <div className="min-h-6">
        {outcome?.copied ? (
          <Toast key={toastKey(outcome)} className="mt-0">
            {copiedMessage}
          </Toast>
        ) : (
          <p role="status" className="m-0 text-sm text-ink-muted">
            {outcome ? selectedMessage : ""}
          </p>
        )}
      </div>
    </div>
  );
}
