"use server";
// Sign-in, sign-up and sign-out. Each goes through formAction (zod, session)
// and the database-backed limits (for sign-in, lib/auth/sign-in-limits.ts);
// a new password must also pass the strength check (lib/auth/password-strength.ts).
// better-auth's refusals arrive as the error family (lib/auth/credentials.ts),
// which the form wrapper shows as the form's message.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { endThisSession, signInWithPassword, signUpWithPassword } from "@/lib/auth/credentials";
import { passwordProblem } from "@/lib/auth/password-strength";
import { consumeRateLimit, SIGN_UP_LIMITS, waitInWords } from "@/lib/auth/rate-limit";
import { signUpIpKey } from "@/lib/auth/rate-limit-keys";
import { checkSignIn, countSignInAttempt, recordSignIn, refusalMessage } from "@/lib/auth/sign-in-limits";
import { AFTER_SIGN_IN, safeRedirectPath } from "@/lib/auth/session";
import { rememberBrowserTimeZone } from "@/lib/account/time-zone";
import { formAction, type FormState } from "@/lib/actions/form-action";
import { clientAddress } from "@/lib/http/client-address";
import { carryReadingPlace } from "@/lib/progress/progress";
import { SignInSchema, SignUpSchema } from "./schemas";

export const signIn = formAction({
  name: "sign-in",
  schema: SignInSchema,
  access: "public",
  handler: async ({ email, password, redirectTo, timeZone, place }): Promise<FormState> => {
    const requestHeaders = await headers();
    const address = clientAddress(requestHeaders);
    const check = await checkSignIn(email, address);
    if (!check.allowed) return { status: "error", message: refusalMessage(check), values: { email } };
    await countSignInAttempt(address);
    const userId = await signInWithPassword({ email, password }, address, requestHeaders);
    await recordSignIn(email, address);
    await rememberBrowserTimeZone(userId, timeZone, "sign-in");
    await carryReadingPlace({ id: userId }, place);
    redirect(safeRedirectPath(redirectTo, AFTER_SIGN_IN));
  },
});

export const signUp = formAction({
  name: "sign-up",
  schema: SignUpSchema,
  access: "public",
  handler: async ({ name, email, password, redirectTo, timeZone, place }): Promise<FormState> => {
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
    const userId = await signUpWithPassword({ name, email, password }, requestHeaders);
    await rememberBrowserTimeZone(userId, timeZone, "sign-up");
    await carryReadingPlace({ id: userId }, place);
    redirect(safeRedirectPath(redirectTo, AFTER_SIGN_IN));
  },
});

export async function signOut(): Promise<void> {
  await endThisSession(await headers());
  // Always another page than the one signed out from, so every island
  // notices the change.
  redirect("/sign-in?signedOut=1");
}
