"use server";
// The account page's settings. Each changes only the signed-in person's own
// account: better-auth's endpoints get this request's headers (its session),
// and the data functions scope every query by the person's id.
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requestEmailChange } from "@/lib/account/email-change";
import { changeMyName, changeMyPassword } from "@/lib/account/profile";
import { signOutMySession, signOutOtherSessions } from "@/lib/account/sessions";
import { setMyTimeZone } from "@/lib/account/time-zone";
import { formAction, type FormState } from "@/lib/actions/form-action";
import { waitInWords } from "@/lib/auth/rate-limit";
import { currentSessionId } from "@/lib/auth/session";
import {
  ChangeEmailSchema,
  ChangeNameSchema,
  ChangePasswordSchema,
  SetTimeZoneSchema,
  SignOutOtherSessionsSchema,
  SignOutSessionSchema,
} from "./schemas";

const WRONG_PASSWORD = "That isn’t your current password.";

function tooMany(retryAfterMs: number, values?: Record<string, string>): FormState {
  return {
    status: "error",
    message: `That was tried too many times in a short while. For your security, please wait ${waitInWords(retryAfterMs)}, then try again. Nothing was changed.`,
    values,
  };
}

export const setTimeZoneAction = formAction({
  name: "account.set-time-zone",
  schema: SetTimeZoneSchema,
  access: "signed-in",
  handler: async ({ timeZone }, { user }): Promise<FormState> => {
    await setMyTimeZone(user, timeZone);
    // Every page shows dates in it.
    revalidatePath("/", "layout");
    return { status: "success", message: `Saved. Dates are now shown in ${timeZone} time.` };
  },
});

export const changeNameAction = formAction({
  name: "account.change-name",
  schema: ChangeNameSchema,
  access: "signed-in",
  handler: async ({ name }): Promise<FormState> => {
    await changeMyName(name, await headers());
    // Facilitators' pages and the header show it.
    revalidatePath("/", "layout");
    return { status: "success", message: `Saved. “${name}” is the name people see from now on.` };
  },
});

export const changeEmailAction = formAction({
  name: "account.change-email",
  schema: ChangeEmailSchema,
  access: "signed-in",
  handler: async ({ newEmail, password }, { user }): Promise<FormState> => {
    const outcome = await requestEmailChange(user, { newEmail, password }, await headers());
    const values = { newEmail };
    switch (outcome.status) {
      case "link-sent":
        return {
          status: "success",
          message: `Check your inbox at ${newEmail}: we’ve sent a link there. Open it within the next hour to finish the change. Until then, you still sign in with ${user.email}.`,
        };
      case "changed":
        revalidatePath("/", "layout");
        return { status: "success", message: `Done. You sign in with ${newEmail} from now on.` };
      case "same": {
        const message = "That’s already the email address of this account.";
        return { status: "error", message, fieldErrors: { newEmail: [message] }, values };
      }
      case "taken": {
        const message = "That address already belongs to another account here. Use a different one.";
        return { status: "error", message, fieldErrors: { newEmail: [message] }, values };
      }
      case "wrong-password":
        return {
          status: "error",
          message: "Your current password didn’t match, so nothing was changed.",
          fieldErrors: { password: [WRONG_PASSWORD] },
          values,
        };
      case "too-many":
        return tooMany(outcome.retryAfterMs, values);
    }
  },
});

export const changePasswordAction = formAction({
  name: "account.change-password",
  schema: ChangePasswordSchema,
  access: "signed-in",
  handler: async ({ currentPassword, newPassword }, { user }): Promise<FormState> => {
    const outcome = await changeMyPassword(user, { currentPassword, newPassword }, await headers());
    switch (outcome.status) {
      case "changed":
        // better-auth gave this device a new session (its cookie is in this
        // answer), so the page is loaded afresh with it, message and all.
        return redirect("/account?updated=password#your-password");
      case "weak":
        return {
          status: "error",
          message: "Please choose a different new password. Nothing was changed.",
          fieldErrors: { newPassword: [outcome.message] },
        };
      case "wrong-password":
        return {
          status: "error",
          message: "Your current password didn’t match, so nothing was changed.",
          fieldErrors: { currentPassword: [WRONG_PASSWORD] },
        };
      case "too-many":
        return tooMany(outcome.retryAfterMs);
    }
  },
});

export const signOutSessionAction = formAction({
  name: "account.sign-out-session",
  schema: SignOutSessionSchema,
  access: "signed-in",
  handler: async ({ sessionId }, { user }): Promise<FormState> => {
    const outcome = await signOutMySession(user, sessionId, await currentSessionId());
    switch (outcome.status) {
      case "signed-out":
        revalidatePath("/account");
        return {
          status: "success",
          message: `Signed out: ${outcome.device}. Whoever uses it next will be asked to sign in.`,
        };
      case "not-found":
        revalidatePath("/account");
        return { status: "error", message: "That device is already signed out. The list below is up to date." };
      case "this-device":
        return {
          status: "error",
          message: "That’s the device you’re using now. To sign out here, use “Sign out” at the top of the page.",
        };
    }
  },
});

export const signOutOtherSessionsAction = formAction({
  name: "account.sign-out-other-sessions",
  schema: SignOutOtherSessionsSchema,
  access: "signed-in",
  handler: async (_input, { user }): Promise<FormState> => {
    const count = await signOutOtherSessions(user, await currentSessionId());
    revalidatePath("/account");
    return {
      status: "success",
      message:
        count === 0
          ? "You weren’t signed in anywhere else. Only this device is signed in."
          : `Signed out ${count === 1 ? "1 other device" : `${count} other devices`}. Only this device is still signed in.`,
    };
  },
});
