// The numbers behind the sign-in limits, and what the form says when one
// refuses; pure, so the browser tests can read them too. The limits
// themselves are in lib/auth/sign-in-limits.ts.
import type { RateLimitRule } from "./rate-limit";

export const WRONG_CREDENTIALS_MESSAGE = "That email and password don't match an account. Check both and try again.";

export const SIGN_IN_PER_ADDRESS: RateLimitRule = { limit: 50, windowMs: 15 * 60 * 1000 };

export type DelayRule = { free: number; firstMs: number; maxMs: number };

/** Wrong passwords from one address for one account. */
export const FROM_ONE_ADDRESS: DelayRule = { free: 3, firstMs: 15_000, maxMs: 15 * 60_000 };
/** Wrong passwords for one account from anywhere (not applied at addresses it signed in from). */
export const FROM_ANYWHERE: DelayRule = { free: 10, firstMs: 1000, maxMs: 60_000 };

/** Failures older than this are forgotten. */
export const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;
/** An address counts as the owner's for this long after they signed in from it. */
export const KNOWN_FOR_MS = 90 * 24 * 60 * 60 * 1000;

/** How long to wait after `failures` wrong passwords in a row (0 while they are free). */
export function delayAfter(failures: number, rule: DelayRule): number {
  if (failures < rule.free) return 0;
  return Math.min(rule.maxMs, rule.firstMs * 2 ** Math.min(failures - rule.free, 30));
}

export type SignInCheck = { allowed: true } | { allowed: false; reason: "address" | "account"; retryAfterMs: number };

function inWords(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60) return seconds === 1 ? "a second" : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? "a minute" : `${minutes} minutes`;
}

/** What the sign-in form says when a check refuses. */
export function refusalMessage(check: Extract<SignInCheck, { allowed: false }>): string {
  if (check.reason === "address") {
    return `Too many sign-in attempts from your network. For everyone's safety, please wait ${inWords(check.retryAfterMs)} and try again.`;
  }
  return (
    `There have been several wrong passwords for this account, so it is resting for ${inWords(check.retryAfterMs)}. ` +
    "Please try again then, or reset your password if you've forgotten it."
  );
}
