"use client";
// Who is signed in, as seen from the browser. Fetched once per page (every
// island on the page shares the request) and again after each navigation, so
// signing in or out — which always lands on another page — is reflected.
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import type { SessionSummary } from "@/lib/auth/session-summary";

let cache: { path: string; promise: Promise<SessionSummary | null> } | null = null;

export function fetchSession(path: string): Promise<SessionSummary | null> {
  if (cache?.path !== path) {
    const promise = fetch("/api/session", { cache: "no-store", credentials: "same-origin" })
      .then((response) =>
        response.ok ? (response.json() as Promise<{ session: SessionSummary | null }>) : { session: null },
      )
      .then((body) => body.session)
      .catch(() => {
        cache = null;
        return null;
      });
    cache = { path, promise };
  }
  return cache.promise;
}

export type SessionState = { status: "loading" } | { status: "ready"; session: SessionSummary | null };

export function useSession(): SessionState {
  const pathname = usePathname();
  const [state, setState] = useState<SessionState>({ status: "loading" });
  useEffect(() => {
    let live = true;
    void fetchSession(pathname).then((session) => {
      if (live) setState({ status: "ready", session });
    });
    return () => {
      live = false;
    };
  }, [pathname]);
  return state;
}
