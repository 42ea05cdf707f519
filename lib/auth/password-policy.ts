// One place for the password and name rules, used by the forms, the auth
// library's own check and the strength check (lib/auth/password-strength.ts).
// Pure and small, so client components may import the numbers; the strength
// estimate and its dictionaries stay on the server.
//
// NIST SP 800-63B rev. 4 (docs/decisions/017-account-recovery-and-settings.md):
// a password that is the only factor must be at least 15 characters long; no
// rules about which kinds of characters it holds; every Unicode code point
// counts as one character; spaces are allowed and nothing is trimmed.

/** For new passwords (sign-up, reset, change). Older, shorter passwords still sign in. */
export const PASSWORD_MIN_LENGTH = 15;
// Long enough for any passphrase, short enough that hashing stays cheap.
// Counted in UTF-16 units, as the sign-in form and better-auth count it.
export const PASSWORD_MAX_LENGTH = 128;
export const NAME_MAX_LENGTH = 80;
export const EMAIL_MAX_LENGTH = 254;

/** Characters as a person counts them: "🙂" is one, not two. */
export function passwordLength(password: string): number {
  return [...password].length;
}

/** Shown beside every field that takes a new password. */
export const NEW_PASSWORD_HINT = `At least ${PASSWORD_MIN_LENGTH} characters. Three or four unrelated words in a row are easy to remember and hard to guess. No need for symbols or capitals.`;
