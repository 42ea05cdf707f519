"use client";
import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { OneTimeLink } from "@/lib/actions/form-state";

/** Personal links shown once, each with the address it is for and a button that copies it. */
export function OneTimeLinks({ links }: { links: OneTimeLink[] }) {
  if (links.length === 0) return null;
  return (
    <ul aria-label="Personal links to copy" className="m-0 flex list-none flex-col gap-3 p-0">
      {links.map((item) => (
        <li key={item.link}>
          <CopyLink {...item} />
        </li>
      ))}
    </ul>
  );
}

function CopyLink({ label, link }: OneTimeLink) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState("");

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error("No clipboard");
      await navigator.clipboard.writeText(link);
      setMessage("Copied.");
    } catch {
      input.current?.focus();
      input.current?.select();
      setMessage("Selected: press Ctrl+C (or ⌘C on a Mac) to copy.");
    }
  }

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium break-all">
        Link for {label}
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          ref={input}
          id={id}
          type="text"
          readOnly
          value={link}
          onFocus={(event) => event.currentTarget.select()}
          className="min-h-11 min-w-0 flex-1 basis-64 rounded-md border border-border bg-surface-muted px-3 py-2 font-mono text-sm text-ink"
        />
        <Button type="button" onClick={() => void copy()}>
          Copy<span className="sr-only"> the link for {label}</span>
        </Button>
      </div>
      <p role="status" className="m-0 min-h-5 text-sm text-ink-muted">
        {message}
      </p>
    </div>
  );
}
