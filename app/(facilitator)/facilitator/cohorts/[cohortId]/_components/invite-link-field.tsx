"use client";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";

/** The invite link in a read-only field, and a button that copies it (or selects it to copy by hand). */
export function InviteLinkField({ link }: { link: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState("");

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error("No clipboard");
      await navigator.clipboard.writeText(link);
      setMessage("Copied. Paste it into an email or a chat message to invite your learners.");
    } catch {
      input.current?.focus();
      input.current?.select();
      setMessage("Your browser didn’t let us copy it, so the link is selected: press Ctrl+C (or ⌘C on a Mac).");
    }
  }

  return (
    <div className="flex flex-col gap-2">
      <label htmlFor="invite-link" className="font-medium">
        Invite link
      </label>
      <p id="invite-link-hint" className="m-0 text-sm text-ink-muted">
        Anyone with this link can join the cohort after signing in or creating an account.
      </p>
      <div className="flex flex-wrap gap-2">
        <input
          ref={input}
          id="invite-link"
          type="text"
          readOnly
          value={link}
          aria-describedby="invite-link-hint"
          onFocus={(event) => event.currentTarget.select()}
          className="min-h-11 min-w-0 flex-1 basis-64 rounded-md border border-border bg-surface-muted px-3 py-2 font-mono text-sm text-ink"
        />
        <Button type="button" onClick={() => void copy()}>
          Copy link
        </Button>
      </div>
      <p role="status" className="m-0 min-h-6 text-sm text-ink-muted">
        {message}
      </p>
    </div>
  );
}
