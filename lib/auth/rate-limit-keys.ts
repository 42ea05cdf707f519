// Rate-limit and sign-in guard keys are hashes, so the tables never hold an
// email address or a network address in the clear (not even for accounts
// that don't exist). Pure, so tests and account deletion compute the same keys.
import { createHash } from "node:crypto";

function digest(value: string): string {
  return createHash("sha256").update(value).digest("hex").slice(0, 40);
}

function normalEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** All sign-in attempts from one network address (a fixed window). */
export function signInIpKey(address: string): string {
  return `sign-in:ip:${digest(address)}`;
}

/** Names every sign-in guard row of one account, so deleting the account finds them. */
export function signInAccountKey(email: string): string {
  return `sign-in:account:${digest(normalEmail(email))}`;
}

/** Wrong passwords for one account from one address. */
export function signInAccountAddressKey(email: string, address: string): string {
  return `sign-in:account-address:${digest(`${normalEmail(email)}\n${address}`)}`;
}

/** An address the account has signed in from: its owner is not slowed down there. */
export function signInKnownAddressKey(email: string, address: string): string {
  return `sign-in:known-address:${digest(`${normalEmail(email)}\n${address}`)}`;
}

/** Sign-ups from one network address. */
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
  return [resetEmailKey(email)];
}

/**
 * Every rate-limit counter that names a person, by their address or their id
 * (cleared when the account is deleted). The sign-in waits are SignInGuard
 * rows, found by signInAccountKey.
 */
export function personRateLimitKeys(person: { id: string; email: string }): string[] {
  return [...emailRateLimitKeys(person.email), passwordCheckKey(person.id), emailChangeKey(person.id)];
}
