import "server-only";
// Getting back into an account: a reset link by email ("Forgot your
// password?"), or a one-time link an admin makes and passes on by hand.
// Both are better-auth's reset tokens (a Verification row
// "reset-password:<token>" → user id, kept hashed), so one page and
// better-auth's resetPassword consume either. See
// docs/decisions/017-account-recovery-and-settings.md.
import { isAPIError } from "better-auth/api";
import { generateRandomString } from "better-auth/crypto";
import { db } from "../db/client";
import { env } from "../env";
import { passwordChangedEmail } from "../mail/account-emails";
import { mailConfigured, sendMailInBackground } from "../mail/mailer";
import { auth } from "./auth";
import { passwordProblem } from "./password-strength";
import { consumeRateLimit, PASSWORD_RESET_LIMITS } from "./rate-limit";
import { resetEmailKey, resetRequestIpKey } from "./rate-limit-keys";
import { clearSignInWaits } from "./sign-in-limits";
import { RESET_PASSWORD_PREFIX, storedIdentifierForToken } from "./reset-token-storage";
import { resetPasswordUrl } from "./account-links";

/**
 * Every answer to "Forgot your password?" takes at least this long, so the
 * time it takes says nothing about whether the address has an account (the
 * email itself goes out in the background).
 */
export const RESET_REQUEST_MIN_MS = 700;

/** What a reset token looks like (ours and better-auth's); anything else is not looked up. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;
const ADMIN_TOKEN_LENGTH = 32;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type ResetRequestOutcome =
  { status: "accepted" } | { status: "limited"; retryAfterMs: number } | { status: "no-email" };

/**
 * "Forgot your password?" for `email`, asked from network `address`. The
 * answer is "accepted" whether or not the address has an account, and
 * whether or not its own limit has silently stopped another email.
 */
export async function requestResetEmail(email: string, address: string): Promise<ResetRequestOutcome> {
  if (!mailConfigured()) return { status: "no-email" };
  const started = Date.now();
  try {
    const fromAddress = await consumeRateLimit(resetRequestIpKey(address), PASSWORD_RESET_LIMITS.perIp);
    if (!fromAddress.allowed) return { status: "limited", retryAfterMs: fromAddress.retryAfterMs };
    const toAddress = await consumeRateLimit(resetEmailKey(email), PASSWORD_RESET_LIMITS.perEmail);
    if (toAddress.allowed) await auth().api.requestPasswordReset({ body: { email } });
    return { status: "accepted" };
  } finally {
    await sleep(Math.max(0, RESET_REQUEST_MIN_MS - (Date.now() - started)));
  }
}

export type ResetTarget = { userId: string; email: string; name: string };

/**
 * Whose password a token would reset, or null for a token that is made up,
 * used or expired. Reads only: a page that opens a link (and the mail
 * scanners that open links first) must change nothing.
 */
export async function findResetTarget(token: string, now = new Date()): Promise<ResetTarget | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const row = await db().verification.findFirst({
    where: { identifier: storedIdentifierForToken(token), expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { value: true },
  });
  if (!row) return null;
  const user = await db().user.findUnique({ where: { id: row.value }, select: { id: true, email: true, name: true } });
  return user ? { userId: user.id, email: user.email, name: user.name } : null;
}

export type ResetOutcome =
  { status: "done"; email: string } | { status: "invalid-link" } | { status: "weak"; message: string };

/**
 * Sets a new password with a reset token. better-auth spends the token (once,
 * even when two tabs race) and signs the person out everywhere; then the
 * sign-in counter for their address starts again, and any other reset links
 * they had stop working.
 */
export async function resetPasswordWithToken(token: string, newPassword: string): Promise<ResetOutcome> {
  const target = await findResetTarget(token);
  if (!target) return { status: "invalid-link" };
  const problem = passwordProblem(newPassword, target);
  if (problem) return { status: "weak", message: problem };
  try {
    await auth().api.resetPassword({ body: { token, newPassword } });
  } catch (error) {
    // Spent or expired between the check above and now.
    if (isAPIError(error)) return { status: "invalid-link" };
    throw error;
  }
  await afterPasswordReset(target.email);
  await revokeResetLinks(target.userId);
  await tellOwnerPasswordChanged(target.userId, "reset");
  return { status: "done", email: target.email };
}

/**
 * After a successful reset: the person may sign in again straight away, even
 * if wrong guesses had locked their address. One small function so the
 * sign-in limits can change without touching the reset.
 */
export async function afterPasswordReset(email: string): Promise<void> {
  await clearSignInWaits(email);
}

/** Ends every reset link a person still has (after a reset, or a password change). */
export async function revokeResetLinks(userId: string): Promise<number> {
  const { count } = await db().verification.deleteMany({
    where: { value: userId, identifier: { startsWith: RESET_PASSWORD_PREFIX } },
  });
  return count;
}

/** When email is configured, a note to the account's address that its password changed. */
export async function tellOwnerPasswordChanged(userId: string, how: "changed" | "reset"): Promise<void> {
  if (!mailConfigured()) return;
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { email: true, name: true, timeZone: true },
  });
  if (!user) return;
  sendMailInBackground(
    { to: user.email, ...passwordChangedEmail({ name: user.name, at: new Date(), timeZone: user.timeZone, how }) },
    "password-changed",
  );
}

export type IssuedResetLink = { url: string; expiresAt: Date };

/**
 * A one-time reset link for a person, stored exactly as better-auth stores
 * its own (through its internal adapter, so the token is kept hashed too).
 * The link itself is returned once and kept nowhere.
 */
export async function issueResetLink(
  userId: string,
  validForSeconds: number,
  now = new Date(),
): Promise<IssuedResetLink> {
  const token = generateRandomString(ADMIN_TOKEN_LENGTH);
  const expiresAt = new Date(now.getTime() + validForSeconds * 1000);
  const { internalAdapter } = await auth().$context;
  await internalAdapter.createVerificationValue({
    identifier: `${RESET_PASSWORD_PREFIX}${token}`,
    value: userId,
    expiresAt,
  });
  return { url: resetPasswordUrl(env().appUrl, token), expiresAt };
}
