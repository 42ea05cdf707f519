"use client";
// A labelled password input with a button that shows what was typed: on a
// phone, seeing a long passphrase is what stops a typo from locking someone
// out (NIST SP 800-63B suggests offering it). The button's name says what it
// does now and names the field, so several on one page are told apart.
import { useState } from "react";
import { buttonClass } from "./button";
import { FieldFrame } from "./field-frame";

export function PasswordField({
  label,
  name,
  hint,
  errors,
  autoComplete,
}: {
  label: string;
  name: string;
  hint?: string;
  errors?: string[];
  autoComplete: "current-password" | "new-password";
}) {
  const [shown, setShown] = useState(false);
  return (
    <FieldFrame id={name} label={label} hint={hint} errors={errors}>
      {(control) => (
        <div className="flex gap-2">
          <input
            {...control}
            name={name}
            type={shown ? "text" : "password"}
            autoComplete={autoComplete}
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            required
            className="min-h-11 w-full min-w-0 flex-1 rounded-md border border-border bg-surface px-3 py-2 text-base text-ink aria-invalid:border-danger"
          />
          <button
            type="button"
            onClick={() => setShown((now) => !now)}
            aria-controls={name}
            aria-label={`${shown ? "Hide" : "Show"} ${label.toLowerCase()}`}
            className={buttonClass("secondary", "shrink-0")}
          >
            {shown ? "Hide" : "Show"}
          </button>
        </div>
      )}
    </FieldFrame>
  );
}
