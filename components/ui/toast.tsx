"use client";
// The one toast: how the app says "done" (saved, shared, sent, deleted).
// Each success is announced where it happens, in a polite live region
// (role="status") beside the form that caused it, and drawn as a card at the
// bottom of the screen. Only the newest floats: a second success replaces
// the first there instead of stacking on it. After a few seconds, or once a
// newer one floats, it settles into the page beside its form as a quiet
// line, so the word stays where a person (or a slow test) looks for it
// instead of vanishing. While it floats it never takes a click
// (pointer-events: none), so it can't cover a button.
// Errors are not toasts: they stay beside the field or form with the problem.
import { useEffect, useState, useSyncExternalStore, type ReactNode } from "react";
import { CircleCheckIcon } from "./inline-icons";

const SHOWN_FOR_MS = 8000;

let newest = 0;
const listeners = new Set<() => void>();
function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
const newestNow = () => newest;
// On the server (and while hydrating) every toast counts as the newest.
const newestOnServer = () => -1;

function claim(): number {
  newest += 1;
  for (const listener of listeners) listener();
  return newest;
}

// Each success gets its own toast, even when the words repeat: give the
// toast the key of the object that stands for that one success (the state a
// form's action returned, an outcome made for it), and a new object means a
// new toast.
const keys = new WeakMap<object, number>();
let keysGiven = 0;
export function toastKey(success: object): string {
  if (!keys.has(success)) keys.set(success, ++keysGiven);
  return String(keys.get(success));
}

/**
 * Says that something worked. Render it where the success happened, once per success (give it a `key`).
 * `className` places the quiet line it settles into (e.g. `basis-full` in a row of buttons).
 */
export function Toast({
  children,
  className = "",
  announce = "status",
}: {
  children: ReactNode;
  className?: string;
  /**
   * "status" (role="status", the usual), or "none" inside a live region of
   * the caller's own that is always on the page (the sharing controls'), so
   * the words are announced once, by the region that was there first.
   */
  announce?: "status" | "none";
}) {
  const [id, setId] = useState(-1);
  const [expired, setExpired] = useState(false);
  const current = useSyncExternalStore(subscribe, newestNow, newestOnServer);

  useEffect(() => {
    // Claimed just after mounting: the newest toast hides the ones before it.
    const claimTimer = window.setTimeout(() => setId(claim()), 0);
    const expireTimer = window.setTimeout(() => setExpired(true), SHOWN_FOR_MS);
    return () => {
      window.clearTimeout(claimTimer);
      window.clearTimeout(expireTimer);
    };
  }, []);

  const settled = expired || (id !== -1 && current !== id);
  return (
    <div
      {...(announce === "status" ? { role: "status", "aria-live": "polite" as const, "aria-atomic": true } : {})}
      className={`${settled ? "toast-settled" : "toast-region"} no-print ${className}`.trim()}
    >
      <div className="toast-card">
        <CircleCheckIcon className="mt-0.5 size-5 shrink-0 text-success" />
        <div className="min-w-0">{children}</div>
      </div>
    </div>
  );
}
