// How a password-reset token is kept in the Verification table. better-auth
// names a reset row "reset-password:<token>" and, with the storeIdentifier
// option (lib/auth/auth.ts), lets us keep a hash of that name instead of the
// token itself, as a password is kept: someone who reads the table (a backup,
// a leaked dump) finds no link that works. The prefix stays readable so a
// person's outstanding links can be found and revoked. Not server-only: the
// `user:reset-link` script uses it through better-auth too.
import { createHash } from "node:crypto";

export const RESET_PASSWORD_PREFIX = "reset-password:";

/** The identifier better-auth asks for ("reset-password:<token>") → the one stored. */
export function storedResetIdentifier(identifier: string): string {
  return `${RESET_PASSWORD_PREFIX}${createHash("sha256").update(identifier).digest("base64url")}`;
}

/** The stored identifier of a token, for reading a row without better-auth (which may tidy up as it reads). */
export function storedIdentifierForToken(token: string): string {
  return storedResetIdentifier(`${RESET_PASSWORD_PREFIX}${token}`);
}
