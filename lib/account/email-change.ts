import "server-only";
// Moving an account to another email address. The current password proves it
// is the owner. With email configured, better-auth's changeEmail sends a link
// to the new address and nothing changes until it is opened
// (/account/confirm-email); the answer is the same whether or not the new
// address already has an account (that address gets a note instead), and the
// old address is told once the change is made. Without email there is no way
// to confirm, so the change is made at once. A request that can't be made is
// a RuleError (lib/errors/errors.ts) with the sentence the form shows. See
// docs/decisions/017-account-recovery-and-settings.md.
import { verifyJWT } from "better-auth/crypto";
import { z } from "zod";
import { authErrorCode } from "../auth/api-errors";
import { auth } from "../auth/auth";
import { ACCOUNT_SETTINGS_LIMITS, consumeRateLimit, tooManyTriesMessage } from "../auth/rate-limit";
import { emailChangeKey, emailRateLimitKeys } from "../auth/rate-limit-keys";
import { forgetSignInGuards } from "../auth/sign-in-limits";
import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { env } from "../env";
import { RuleError } from "../errors/errors";
import { addressInUseEmail, emailChangedEmail } from "../mail/account-emails";
import { mailConfigured, sendMailInBackground } from "../mail/mailer";
import { verifyCurrentPassword } from "./profile";

export type EmailChangeRequest = { status: "link-sent"; newEmail: string } | { status: "changed"; newEmail: string };

/**
 * Asks to move the signed-in person's account to `newEmail` (already trimmed
 * and lower-cased). A RuleError, and nothing changed, when it is their
 * address already, the password is wrong, too many were tried, or (without
 * email only) the address is another account's.
 */
export async function requestEmailChange(
  user: Pick<SessionUser, "id" | "email" | "name">,
  input: { newEmail: string; password: string },
  headers: Headers,
): Promise<EmailChangeRequest> {
  const oldEmail = user.email.toLowerCase();
  if (input.newEmail === oldEmail) {
    throw new RuleError("That’s already the email address of this account.", { field: "newEmail" });
  }
  await verifyCurrentPassword(user, input.password, headers, "password");

  const owner = await db().user.findUnique({ where: { email: input.newEmail }, select: { id: true } });
  if (!mailConfigured()) {
    // Nothing is sent, so there is nothing to keep quiet about.
    if (owner || !(await changeEmailNow(user.id, input.newEmail))) {
      throw new RuleError("That address already belongs to another account here. Use a different one.", {
        field: "newEmail",
      });
    }
    await forgetCountersOf(oldEmail);
    return { status: "changed", newEmail: input.newEmail };
  }

  const limit = await consumeRateLimit(emailChangeKey(user.id), ACCOUNT_SETTINGS_LIMITS.emailChangePerUser);
  if (!limit.allowed) throw new RuleError(tooManyTriesMessage(limit.retryAfterMs));
  // For an address in use, better-auth answers the same and sends nothing;
  // we send its owner a note, so the two cases take the same time too.
  await auth().api.changeEmail({ body: { newEmail: input.newEmail }, headers });
  if (owner) {
    const appUrl = env().appUrl;
    sendMailInBackground(
      {
        to: input.newEmail,
        ...addressInUseEmail({ signInUrl: `${appUrl}/sign-in`, forgotUrl: `${appUrl}/forgot-password` }),
      },
      "email-change.address-in-use",
    );
  }
  return { status: "link-sent", newEmail: input.newEmail };
}

/** Without email: the new address is written at once (unconfirmed). False when someone took it first. */
async function changeEmailNow(userId: string, newEmail: string): Promise<boolean> {
  const { internalAdapter } = await auth().$context;
  try {
    await internalAdapter.updateUser(userId, { email: newEmail, emailVerified: false });
  } catch (error) {
    // The unique index on email: someone else got there between our check and this write.
    if (await db().user.findUnique({ where: { email: newEmail }, select: { id: true } })) return false;
    throw error;
  }
  return true;
}

/** Counters keyed by an address the account has left: they no longer name anyone. */
async function forgetCountersOf(oldEmail: string): Promise<void> {
  await db().rateLimit.deleteMany({ where: { key: { in: emailRateLimitKeys(oldEmail) } } });
  await forgetSignInGuards(oldEmail);
}

/** What better-auth puts in the link it sends to the new address (a signed JWT). */
const ChangeTokenSchema = z.object({
  email: z.string(),
  updateTo: z.string(),
  userId: z.string(),
  requestType: z.literal("change-email-verification"),
});

export type PendingEmailChange = { userId: string; oldEmail: string; newEmail: string };

/**
 * The change a confirm link would make, or null when the link is made up,
 * expired or already used (the account no longer has the address it was
 * sent from). Reads only: opening the link changes nothing.
 */
export async function readEmailChangeLink(token: string): Promise<PendingEmailChange | null> {
  if (token.length === 0 || token.length > 2000) return null;
  const payload: unknown = await verifyJWT(token, (await auth().$context).secret);
  const parsed = ChangeTokenSchema.safeParse(payload);
  if (!parsed.success) return null;
  const { userId, email, updateTo } = parsed.data;
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user || user.email.toLowerCase() !== email.toLowerCase()) return null;
  return { userId, oldEmail: user.email, newEmail: updateTo.toLowerCase() };
}

export type EmailChangeConfirmation =
  | { status: "changed"; newEmail: string }
  | { status: "invalid-link" }
  | { status: "taken" }
  | { status: "someone-else" };

/**
 * Confirms the change a link names (the button on /account/confirm-email).
 * Anyone holding the link may confirm it, signed in or not, but not while
 * signed in as another person.
 */
export async function confirmEmailChange(
  token: string,
  signedIn: Pick<SessionUser, "id"> | null,
  headers: Headers,
): Promise<EmailChangeConfirmation> {
  const change = await readEmailChangeLink(token);
  if (!change) return { status: "invalid-link" };
  if (signedIn && signedIn.id !== change.userId) return { status: "someone-else" };
  if (await db().user.findUnique({ where: { email: change.newEmail }, select: { id: true } }))
    return { status: "taken" };
  try {
    await auth().api.verifyEmail({ query: { token }, headers });
  } catch (error) {
    if (authErrorCode(error) === null) throw error;
    return { status: "invalid-link" };
  }
  const { internalAdapter } = await auth().$context;
  // Opening the link proved the address is theirs.
  await internalAdapter.updateUser(change.userId, { emailVerified: true });
  await forgetCountersOf(change.oldEmail);
  const user = await db().user.findUnique({ where: { id: change.userId }, select: { name: true, timeZone: true } });
  sendMailInBackground(
    {
      to: change.oldEmail,
      ...emailChangedEmail({
        name: user?.name ?? "",
        oldEmail: change.oldEmail,
        newEmail: change.newEmail,
        at: new Date(),
        timeZone: user?.timeZone,
      }),
    },
    "email-change.old-address",
  );
  return { status: "changed", newEmail: change.newEmail };
}
