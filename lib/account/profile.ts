import "server-only";
// A person's name and password, changed from the account page through
// better-auth's own endpoints, with the signed-in request's headers (so only
// the person's own account can be named). Passwords go through the strength
// check first; wrong current passwords are counted, so an unlocked laptop is
// not a way to try one password after another. Every refusal is a RuleError
// (lib/errors/errors.ts) with the sentence the form shows.
import { authErrorCode } from "../auth/api-errors";
import { auth } from "../auth/auth";
import { revokeResetLinks, tellOwnerPasswordChanged } from "../auth/password-reset";
import { passwordProblem } from "../auth/password-strength";
import {
  ACCOUNT_SETTINGS_LIMITS,
  checkRateLimit,
  clearRateLimit,
  hitRateLimit,
  tooManyTriesMessage,
} from "../auth/rate-limit";
import { passwordCheckKey } from "../auth/rate-limit-keys";
import type { SessionUser } from "../auth/session";
import { RuleError } from "../errors/errors";

export async function changeMyName(name: string, headers: Headers): Promise<void> {
  await auth().api.updateUser({ body: { name }, headers });
}

const WRONG_PASSWORD = "Your current password didn’t match, so nothing was changed.";

/** The refusal for a wrong current password, said beside the form field that held it. */
function wrongCurrentPassword(field: string): RuleError {
  return new RuleError(WRONG_PASSWORD, { field, fieldMessage: "That isn’t your current password." });
}

/** Throws a RuleError while too many wrong current passwords keep the person from trying another. */
async function ensureCurrentPasswordAllowed(user: Pick<SessionUser, "id">): Promise<void> {
  const status = await checkRateLimit(passwordCheckKey(user.id), ACCOUNT_SETTINGS_LIMITS.wrongPasswordPerUser);
  if (!status.allowed) throw new RuleError(tooManyTriesMessage(status.retryAfterMs));
}

/** Counts a wrong current password, or clears the count after a right one. */
async function recordPasswordCheck(user: Pick<SessionUser, "id">, right: boolean): Promise<void> {
  const key = passwordCheckKey(user.id);
  if (right) await clearRateLimit(key);
  else await hitRateLimit(key, ACCOUNT_SETTINGS_LIMITS.wrongPasswordPerUser);
}

/**
 * Checks the signed-in person's current password with better-auth's
 * verifyPassword, counting wrong ones. A wrong one, or one tried while they
 * are locked out, throws a RuleError about the form field `field`.
 */
export async function verifyCurrentPassword(
  user: Pick<SessionUser, "id">,
  password: string,
  headers: Headers,
  field: string,
): Promise<void> {
  await ensureCurrentPasswordAllowed(user);
  try {
    await auth().api.verifyPassword({ body: { password }, headers });
  } catch (error) {
    if (authErrorCode(error) === null) throw error;
    await recordPasswordCheck(user, false);
    throw wrongCurrentPassword(field);
  }
  await recordPasswordCheck(user, true);
}

/**
 * A new password for the signed-in person: the current one proves it is
 * them; every other session ends (better-auth gives this device a fresh one),
 * and any reset link they still had stops working. A RuleError, and nothing
 * changed, when the new one is weak, the current one is wrong, or too many
 * wrong ones were tried.
 */
export async function changeMyPassword(
  user: Pick<SessionUser, "id" | "email" | "name">,
  input: { currentPassword: string; newPassword: string },
  headers: Headers,
): Promise<void> {
  await ensureCurrentPasswordAllowed(user);
  const problem = passwordProblem(input.newPassword, user);
  if (problem) {
    throw new RuleError("Please choose a different new password. Nothing was changed.", {
      field: "newPassword",
      fieldMessage: problem,
    });
  }
  try {
    await auth().api.changePassword({
      body: { currentPassword: input.currentPassword, newPassword: input.newPassword, revokeOtherSessions: true },
      headers,
    });
  } catch (error) {
    const code = authErrorCode(error);
    if (code !== "INVALID_PASSWORD" && code !== "CREDENTIAL_ACCOUNT_NOT_FOUND") throw error;
    await recordPasswordCheck(user, false);
    throw wrongCurrentPassword("currentPassword");
  }
  await recordPasswordCheck(user, true);
  await revokeResetLinks(user.id);
  await tellOwnerPasswordChanged(user.id, "changed");
}
