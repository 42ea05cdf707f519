"use client";
// The browser's own IANA time zone, for forms. The server has no way to know
// it, so it renders "" and the browser fills it in right after hydration
// (useSyncExternalStore gives the server value during hydration, so the HTML
// always matches what the server sent).
import { useSyncExternalStore } from "react";

function subscribe(): () => void {
  return () => {};
}

function browserZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  } catch {
    return "";
  }
}

export function useBrowserTimeZone(): string {
  return useSyncExternalStore(subscribe, browserZone, () => "");
}

/** A hidden `timeZone` field carrying the browser's zone (empty until hydrated). */
export function BrowserTimeZoneField({ name = "timeZone" }: { name?: string }) {
  const zone = useBrowserTimeZone();
  return <input type="hidden" name={name} value={zone} />;
}
