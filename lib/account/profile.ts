import "server-only";
// A person's name and password, changed from the account page through
// better-auth's own endpoints, with the signed-in request's headers (so only
// the person's own account can be named). Passwords go through the strength
// check first; wrong current passwords are counted, so an unlocked laptop is
// not a way to try one password after another.
import { authErrorCode } from "../auth/api-errors";
import { auth } from "../auth/auth";
import { revokeResetLinks, tellOwnerPasswordChanged } from "../auth/password-reset";
import { passwordProblem } from "../auth/password-strength";
import { ACCOUNT_SETTINGS_LIMITS, checkRateLimit, clearRateLimit, hitRateLimit } from "../auth/rate-limit";
import { passwordCheckKey } from "../auth/rate-limit-keys";
import type { SessionUser } from "../auth/session";

export async function changeMyName(name: string, headers: Headers): Promise<void> {
  await auth().api.updateUser({ body: { name }, headers });
}

export type PasswordCheck = { status: "ok" } | { status: "wrong" } | { status: "too-many"; retryAfterMs: number };

/** Whether the person may try their current password now (too many wrong ones lock it for a while). */
export async function currentPasswordAllowed(user: Pick<SessionUser, "id">): Promise<PasswordCheck> {
  const status = await checkRateLimit(passwordCheckKey(user.id), ACCOUNT_SETTINGS_LIMITS.wrongPasswordPerUser);
  return status.allowed ? { status: "ok" } : { status: "too-many", retryAfterMs: status.retryAfterMs };
}

/** Counts a wrong current password, or clears the count after a right one. */
export async function recordPasswordCheck(user: Pick<SessionUser, "id">, right: boolean): Promise<void> {
  const key = passwordCheckKey(user.id);
  if (right) await clearRateLimit(key);
  else await hitRateLimit(key, ACCOUNT_SETTINGS_LIMITS.wrongPasswordPerUser);
}

/** Checks the signed-in person's current password with better-auth's verifyPassword, counting wrong ones. */
export async function verifyCurrentPassword(
  user: Pick<SessionUser, "id">,
  password: string,
  headers: Headers,
): Promise<PasswordCheck> {
  const allowed = await currentPasswordAllowed(user);
  if (allowed.status !== "ok") return allowed;
  try {
    await auth().api.verifyPassword({ body: { password }, headers });
  } catch (error) {
    if (authErrorCode(error) === null) throw error;
    await recordPasswordCheck(user, false);
    return { status: "wrong" };
  }
  await recordPasswordCheck(user, true);
  return { status: "ok" };
}

export type PasswordChange =
  | { status: "changed" }
  | { status: "weak"; message: string }
  | { status: "wrong-password" }
  | { status: "too-many"; retryAfterMs: number };

/**
 * A new password for the signed-in person: the current one proves it is
 * them; every other session ends (better-auth gives this device a fresh one),
 * and any reset link they still had stops working.
 */
export async function changeMyPassword(
  user: Pick<SessionUser, "id" | "email" | "name">,
  input: { currentPassword: string; newPassword: string },
  headers: Headers,
): Promise<PasswordChange> {
  const allowed = await currentPasswordAllowed(user);
  if (allowed.status === "too-many") return allowed;
  const problem = passwordProblem(input.newPassword, user);
  if (problem) return { status: "weak", message: problem };
  try {
    await auth().api.changePassword({
      body: { currentPassword: input.currentPassword, newPassword: input.newPassword, revokeOtherSessions: true },
      headers,
    });
  } catch (error) {
    const code = authErrorCode(error);
    if (code !== "INVALID_PASSWORD" && code !== "CREDENTIAL_ACCOUNT_NOT_FOUND") throw error;
    await recordPasswordCheck(user, false);
    return { status: "wrong-password" };
  }
  await recordPasswordCheck(user, true);
  await revokeResetLinks(user.id);
  await tellOwnerPasswordChanged(user.id, "changed");
  return { status: "changed" };
}
