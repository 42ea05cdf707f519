// What the header's account area shows, as plain functions so the rules can
// be tested without a browser. A check that can't tell who is signed in (a
// 5xx during a database outage, a lost connection) never shows "Sign in" to
// someone who may well be signed in: the header keeps the last answer it had
// in this page view, or shows a neutral "Account" link (useSessionCheck asks
// again a few times).
import type { SessionSummary } from "@/lib/auth/session-summary";
import type { KnownSession, SessionCheck } from "@/components/session/session-check";

export type MenuState =
  | { status: "loading" }
  | { status: "signed-in"; session: SessionSummary }
  | { status: "signed-out" }
  /** Nothing known yet in this page view: an "Account" link, which signs in if needed. */
  | { status: "unknown" };

function shown(known: KnownSession): MenuState {
  return known.kind === "signed-in" ? { status: "signed-in", session: known.session } : { status: "signed-out" };
}

/** What to show after `check`, given the last real answer this page view had (if any). */
export function menuAfterCheck(check: SessionCheck, lastKnown: KnownSession | null): MenuState {
  if (check.kind !== "unknown") return shown(check);
  return lastKnown ? shown(lastKnown) : { status: "unknown" };
}

/** The last real answer after `check`: an unknown one changes nothing. */
export function rememberCheck(check: SessionCheck, lastKnown: KnownSession | null): KnownSession | null {
  return check.kind === "unknown" ? lastKnown : check;
}

// Pages where who is signed in changes (or has just changed): an earlier
// answer is forgotten there, so it is never shown for the wrong person.
const SESSION_CHANGES = ["/sign-in", "/sign-up", "/goodbye"];

export function forgetsSession(pathname: string): boolean {
  return SESSION_CHANGES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}
