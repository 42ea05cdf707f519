import "server-only";
// Signing in, signing up and signing out through better-auth, with its
// refusals turned into the error family (lib/errors/errors.ts), so that the
// actions have nothing to catch. isAPIError, not instanceof: the build can
// hold two copies of better-auth (route handlers and actions), and errors
// cross between them.
import { isAPIError } from "better-auth/api";
import { ForbiddenError, RuleError } from "../errors/errors";
import { ACCOUNT_DISABLED_MESSAGE, auth } from "./auth";
import { recordWrongPassword } from "./sign-in-limits";
import { WRONG_CREDENTIALS_MESSAGE } from "./sign-in-rules";

/** The account's id; a wrong password is counted against the email and the address. */
export async function signInWithPassword(
  credentials: { email: string; password: string },
  address: string,
  headers: Headers,
): Promise<string> {
  try {
    const { user } = await auth().api.signInEmail({ body: credentials, headers });
    return user.id;
  } catch (error) {
    if (!isAPIError(error)) throw error;
    if (error.message === ACCOUNT_DISABLED_MESSAGE) throw new ForbiddenError(ACCOUNT_DISABLED_MESSAGE);
    await recordWrongPassword(credentials.email, address);
    throw new RuleError(WRONG_CREDENTIALS_MESSAGE);
  }
}

/** The new account's id. */
export async function signUpWithPassword(
  details: { name: string; email: string; password: string },
  headers: Headers,
): Promise<string> {
  try {
    const { user } = await auth().api.signUpEmail({ body: details, headers });
    return user.id;
  } catch (error) {
    if (!isAPIError(error)) throw error;
    if (/exist/i.test(error.message)) {
      throw new RuleError("An account with this email already exists. Sign in instead, or use another email.", {
        field: "email",
        fieldMessage: "This email already has an account.",
      });
    }
    throw new RuleError("We couldn't create your account. Please check your details and try again.");
  }
}

/** Ends this browser's session; without one there is nothing to end, and that is no error. */
export async function endThisSession(headers: Headers): Promise<void> {
  try {
    await auth().api.signOut({ headers });
  } catch (error) {
    if (!isAPIError(error)) throw error;
  }
}
