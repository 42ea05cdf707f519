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
