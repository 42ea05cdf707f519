// Rate-limit counters are keyed by a hash, so the table never holds an email
// address or a network address in the clear (not even for accounts that don't
// exist). Pure, so tests and account deletion compute the same keys.
import { createHash } from "node:crypto";

function digest(value: string): string {
  return createHash("sha256").update(value).digest("hex").slice(0, 40);
}

export function signInEmailKey(email: string): string {
  return `sign-in:email:${digest(email.trim().toLowerCase())}`;
}

export function signInIpKey(address: string): string {
  return `sign-in:ip:${digest(address)}`;
}

export function signUpIpKey(address: string): string {
  return `sign-up:ip:${digest(address)}`;
}

/** Requests for a reset email, from one network address. */
export function resetRequestIpKey(address: string): string {
  return `reset-request:ip:${digest(address)}`;
}

/** Reset emails sent to one address, whether or not it has an account. */
export function resetEmailKey(email: string): string {
  return `reset-email:email:${digest(email.trim().toLowerCase())}`;
}

/** Wrong current passwords typed on the account page, per person. */
export function passwordCheckKey(userId: string): string {
  return `password-check:user:${digest(userId)}`;
}

/** Requests to move an account to another email address, per person. */
export function emailChangeKey(userId: string): string {
  return `email-change:user:${digest(userId)}`;
}

/** The counters keyed by an email address (cleared when an account leaves that address). */
export function emailRateLimitKeys(email: string): string[] {
  return [signInEmailKey(email), resetEmailKey(email)];
}

/** Every counter that names a person, by their address or their id (cleared when the account is deleted). */
export function personRateLimitKeys(person: { id: string; email: string }): string[] {
  return [...emailRateLimitKeys(person.email), passwordCheckKey(person.id), emailChangeKey(person.id)];
}
