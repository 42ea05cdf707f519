"use server";
// Sign-in, sign-up and sign-out. Each goes through formAction (zod, session)
// and the database-backed limits (for sign-in, lib/auth/sign-in-limits.ts);
// a new password must also pass the strength check (lib/auth/password-strength.ts).
// isAPIError, not instanceof: the build can hold two copies of better-auth
// (route handlers and actions), and errors cross between them.
import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { ACCOUNT_DISABLED_MESSAGE, auth } from "@/lib/auth/auth";
import { passwordProblem } from "@/lib/auth/password-strength";
import { consumeRateLimit, SIGN_UP_LIMITS, waitInWords } from "@/lib/auth/rate-limit";
import { signUpIpKey } from "@/lib/auth/rate-limit-keys";
import {
  checkSignIn,
  countSignInAttempt,
  recordSignIn,
  recordWrongPassword,
  refusalMessage,
} from "@/lib/auth/sign-in-limits";
import { safeRedirectPath } from "@/lib/auth/session";
import { rememberBrowserTimeZone } from "@/lib/account/time-zone";
import { formAction, type FormState } from "@/lib/actions/form-action";
import { clientAddress } from "@/lib/http/client-address";
import { SignInSchema, SignUpSchema, WRONG_CREDENTIALS_MESSAGE } from "./schemas";

const signInAction = formAction({
  name: "sign-in",
  schema: SignInSchema,
  access: "public",
  handler: async ({ email, password, redirectTo, timeZone }): Promise<FormState> => {
    const requestHeaders = await headers();
    const address = clientAddress(requestHeaders);
    const check = await checkSignIn(email, address);
    if (!check.allowed) return { status: "error", message: refusalMessage(check), values: { email } };
    await countSignInAttempt(address);
    let userId: string;
    try {
      ({
        user: { id: userId },
      } = await auth().api.signInEmail({ body: { email, password }, headers: requestHeaders }));
    } catch (error) {
      if (isAPIError(error)) {
        if (error.message === ACCOUNT_DISABLED_MESSAGE) {
          return { status: "error", message: ACCOUNT_DISABLED_MESSAGE, values: { email } };
        }
        await recordWrongPassword(email, address);
        return { status: "error", message: WRONG_CREDENTIALS_MESSAGE, values: { email } };
      }
      throw error;
    }
    await recordSignIn(email, address);
    await rememberBrowserTimeZone(userId, timeZone, "sign-in");
    redirect(safeRedirectPath(redirectTo));
  },
});

const signUpAction = formAction({
  name: "sign-up",
  schema: SignUpSchema,
  access: "public",
  handler: async ({ name, email, password, redirectTo, timeZone }): Promise<FormState> => {
    const requestHeaders = await headers();
    const fromAddress = await consumeRateLimit(signUpIpKey(clientAddress(requestHeaders)), SIGN_UP_LIMITS.perIp);
    if (!fromAddress.allowed) {
      return {
        status: "error",
        message: `Lots of accounts have been created from your network in the last hour. Please wait ${waitInWords(fromAddress.retryAfterMs)}, then try again.`,
        values: { name, email },
      };
    }
    const problem = passwordProblem(password, { email, name });
    if (problem) {
      return {
        status: "error",
        message: "Please choose a different password.",
        fieldErrors: { password: [problem] },
        values: { name, email },
      };
    }
    let userId: string;
    try {
      ({
        user: { id: userId },
      } = await auth().api.signUpEmail({ body: { name, email, password }, headers: requestHeaders }));
    } catch (error) {
      if (isAPIError(error)) {
        const exists = /exist/i.test(error.message);
        return {
          status: "error",
          message: exists
            ? "An account with this email already exists. Sign in instead, or use another email."
            : "We couldn't create your account. Please check your details and try again.",
          fieldErrors: exists ? { email: ["This email already has an account."] } : undefined,
          values: { name, email },
        };
      }
      throw error;
    }
    await rememberBrowserTimeZone(userId, timeZone, "sign-up");
    redirect(safeRedirectPath(redirectTo));
  },
});

// A "use server" module may export only async functions, so each wrapped
// action is exposed through one.
export async function signIn(previous: FormState, formData: FormData): Promise<FormState> {
  return signInAction(previous, formData);
}

export async function signUp(previous: FormState, formData: FormData): Promise<FormState> {
  return signUpAction(previous, formData);
}

export async function signOut(): Promise<void> {
  const requestHeaders = await headers();
  try {
    await auth().api.signOut({ headers: requestHeaders });
  } catch (error) {
    // Signing out without a session is not an error worth showing.
    if (!isAPIError(error)) throw error;
  }
  // Always another page than the one signed out from, so every island
  // notices the change.
  redirect("/sign-in?signedOut=1");
}
