// The links an account email or an admin hands out, and how long each works.
// Pure: pages, actions, emails and the command line agree on them.

/** A reset link sent by email works once, for an hour (better-auth's resetPasswordTokenExpiresIn). */
export const RESET_EMAIL_LINK_SECONDS = 60 * 60;
/**
 * A reset link an admin makes works once, for a day: it travels by hand
 * (a chat message, a phone call), which is slower than an email.
 */
export const ADMIN_RESET_LINK_SECONDS = 24 * 60 * 60;
/** A link that confirms a new email address works for an hour (better-auth's emailVerification.expiresIn). */
export const CONFIRM_EMAIL_LINK_SECONDS = 60 * 60;

export function resetPasswordUrl(appUrl: string, token: string): string {
  return `${appUrl}/reset-password?token=${encodeURIComponent(token)}`;
}

export function confirmEmailUrl(appUrl: string, token: string): string {
  return `${appUrl}/account/confirm-email?token=${encodeURIComponent(token)}`;
}

/** "1 hour", "24 hours". */
export function validForWords(seconds: number): string {
  const hours = Math.round(seconds / 3600);
  return hours === 1 ? "1 hour" : `${hours} hours`;
}
