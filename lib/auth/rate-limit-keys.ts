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
