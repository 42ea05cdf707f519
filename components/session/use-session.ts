"use client";
// Who is signed in, as seen from the browser. Fetched once per page (every
// island on the page shares the request) and again after each navigation, so
// signing in or out — which always lands on another page — is reflected.
// An answer that says nothing (a 5xx, a lost connection) isn't kept, so the
// next island or retry asks again.
import { usePathname } from "next/navigation";
import { startTransition, useEffect, useState } from "react";
import type { SessionSummary } from "@/lib/auth/session-summary";
import { sharedRequest } from "./request-cache";
import { SESSION_RETRY_MS, sessionCheckFrom, shouldRetry, type SessionCheck } from "./session-check";

async function askServer(): Promise<SessionCheck> {
  try {
    const response = await fetch("/api/session", { cache: "no-store", credentials: "same-origin" });
    const body: unknown = response.ok ? await response.json().catch(() => undefined) : undefined;
    return sessionCheckFrom(response.status, body);
  } catch {
    return { kind: "unknown" };
  }
}

/** The session as the server sees it: signed in, signed out, or unknown. `fresh` asks again. */
export function checkSession(path: string, { fresh = false }: { fresh?: boolean } = {}): Promise<SessionCheck> {
  return sharedRequest("session", path, askServer, { fresh, keep: (check) => check.kind !== "unknown" });
}

/**
 * The session check for this page, or null while the first answer is on its
 * way. An unknown answer is asked again when the browser comes back online,
 * when the tab comes back into view, or after SESSION_RETRY_MS — whichever
 * comes first — a few times per page.
 */
export function useSessionCheck(): { pathname: string; check: SessionCheck | null } {
  const pathname = usePathname();
  const [state, setState] = useState<{ pathname: string; check: SessionCheck | null }>({ pathname, check: null });
  useEffect(() => {
    let live = true;
    let retries = 0;
    let waiting = false;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const ask = async (fresh: boolean) => {
      const check = await checkSession(pathname, { fresh });
      if (!live) return;
      // Every island on the page re-renders with the answer. As a transition
      // React does that in slices of a few milliseconds, so a phone stays free
      // to respond while a lesson takes it in (decision 062).
      startTransition(() => setState({ pathname, check }));
      waiting = shouldRetry(check, retries);
      if (waiting) timer = setTimeout(retry, SESSION_RETRY_MS);
    };
    const retry = () => {
      if (!waiting || !live) return;
      waiting = false;
      clearTimeout(timer);
      retries += 1;
      void ask(true);
    };
    const onVisible = () => {
      if (document.visibilityState === "visible") retry();
    };

    window.addEventListener("online", retry);
    window.addEventListener("focus", retry);
    document.addEventListener("visibilitychange", onVisible);
    void ask(false);
    return () => {
      live = false;
      clearTimeout(timer);
      window.removeEventListener("online", retry);
      window.removeEventListener("focus", retry);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [pathname]);
  return state;
}

export type SessionState =
  | { status: "loading" }
  /** `unknown`: the server couldn't be asked (an outage, no connection); `session` is null meanwhile. */
  | { status: "ready"; session: SessionSummary | null; unknown: boolean };

// Editors and the lesson's controls treat "can't tell" as "no account yet":
// they keep answers as browser drafts, which DraftSync and the editors save
// once a later check (see useSessionCheck) knows who is signed in. The editor
// says so instead of asking a signed-in learner to sign in. The header keeps
// its last answer instead (AccountMenu).
export function useSession(): SessionState {
  const { check } = useSessionCheck();
  if (!check) return { status: "loading" };
  return {
    status: "ready",
    session: check.kind === "signed-in" ? check.session : null,
    unknown: check.kind === "unknown",
  };
}

/**
 * The zone to show dates in (docs/decisions/014-time-zones.md): the signed-in
 * person's own, else this browser's (someone signed out, or an account with
 * no zone yet); null (UTC) only where the browser names none.
 */
export function usePersonZone(): string | null {
  const session = useSession();
  const own = session.status === "ready" ? session.session?.timeZone : null;
  return own ?? browserZone();
}

// Asked of the browser once per page, and only when a date is shown: the
// first Intl.DateTimeFormat a page makes loads the browser's locale data,
// about 35 ms of a phone's main thread, which a lesson's start should not
// pay for a date it does not show (docs/performance.md).
let askedZone: { zone: string | null } | undefined;

function browserZone(): string | null {
  if (!askedZone) {
    try {
      askedZone = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone || null };
    } catch {
      askedZone = { zone: null };
    }
  }
  return askedZone.zone;
}
