// What one answer from /api/session tells the browser. A 5xx or a lost
// connection says nothing about who is signed in: that is "unknown", never
// "signed out" (during a database outage the person is still signed in, and
// their drafts are safe in the browser).
import type { SessionSummary } from "@/lib/auth/session-summary";

export type KnownSession = { kind: "signed-in"; session: SessionSummary } | { kind: "signed-out" };
export type SessionCheck = KnownSession | { kind: "unknown" };

const UNKNOWN: SessionCheck = { kind: "unknown" };

function isSummary(value: unknown): value is SessionSummary {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === "string" && typeof v.name === "string" && typeof v.role === "string";
}

/** The check an HTTP status and parsed body amount to (`status` 0 for a network error). */
export function sessionCheckFrom(status: number, body: unknown): SessionCheck {
  if (status === 401) return { kind: "signed-out" };
  if (status < 200 || status >= 300) return UNKNOWN;
  if (typeof body !== "object" || body === null || !("session" in body)) return UNKNOWN;
  const { session } = body;
  if (session === null) return { kind: "signed-out" };
  return isSummary(session) ? { kind: "signed-in", session } : UNKNOWN;
}

/** Ask again this long after an answer that said nothing, and at most this many times per page. */
export const SESSION_RETRY_MS = 15_000;
export const SESSION_MAX_RETRIES = 3;

/** Whether to ask again after `check`, having already retried `retries` times on this page. */
export function shouldRetry(check: SessionCheck, retries: number): boolean {
  return check.kind === "unknown" && retries < SESSION_MAX_RETRIES;
}
