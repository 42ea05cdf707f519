"use server";
// The account page's settings. Each changes only the signed-in person's own
// account: better-auth's endpoints get this request's headers (its session),
// and the data functions scope every query by the person's id. Refusals are
// thrown by the data functions (lib/errors/errors.ts) and become the form's
// message in formAction.
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requestEmailChange } from "@/lib/account/email-change";
import { changeMyName, changeMyPassword } from "@/lib/account/profile";
import { signOutMySession, signOutOtherSessions } from "@/lib/account/sessions";
import { setMyTimeZone } from "@/lib/account/time-zone";
import { formAction, type FormState } from "@/lib/actions/form-action";
import { currentSessionId } from "@/lib/auth/session";
import { feedPath, issueFeedToken, revokeFeed } from "@/lib/calendar/feeds";
import { appOrigin } from "@/lib/http/app-origin";
import { setEmailChoices } from "@/lib/notifications/preferences";
import {
  CalendarLinkSchema,
  ChangeEmailSchema,
  ChangeNameSchema,
  ChangePasswordSchema,
  EmailChoicesSchema,
  SetTimeZoneSchema,
  SignOutOtherSessionsSchema,
  SignOutSessionSchema,
} from "./schemas";

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
    if (outcome.status === "link-sent") {
      return {
        status: "success",
        message: `Check your inbox at ${newEmail}: we’ve sent a link there. Open it within the next hour to finish the change. Until then, you still sign in with ${user.email}.`,
      };
    }
    revalidatePath("/", "layout");
    return { status: "success", message: `Done. You sign in with ${newEmail} from now on.` };
  },
});

export const changePasswordAction = formAction({
  name: "account.change-password",
  schema: ChangePasswordSchema,
  access: "signed-in",
  handler: async ({ currentPassword, newPassword }, { user }): Promise<FormState> => {
    await changeMyPassword(user, { currentPassword, newPassword }, await headers());
    // better-auth gave this device a new session (its cookie is in this
    // answer), so the page is loaded afresh with it, message and all.
    return redirect("/account?updated=password#your-password");
  },
});

export const signOutSessionAction = formAction({
  name: "account.sign-out-session",
  schema: SignOutSessionSchema,
  access: "signed-in",
  handler: async ({ sessionId }, { user }): Promise<FormState> => {
    // Before the call, so the list redraws also when that device was already signed out.
    revalidatePath("/account");
    const device = await signOutMySession(user, sessionId, await currentSessionId());
    return { status: "success", message: `Signed out: ${device}. Whoever uses it next will be asked to sign in.` };
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

export const saveEmailChoicesAction = formAction({
  name: "account.email-choices",
  schema: EmailChoicesSchema,
  access: "signed-in",
  handler: async ({ emailed }, { user }): Promise<FormState> => {
    await setEmailChoices(user, emailed);
    revalidatePath("/account");
    return { status: "success", message: "Your email choices are saved." };
  },
});

export const calendarLinkAction = formAction({
  name: "account.calendar-link",
  schema: CalendarLinkSchema,
  access: "signed-in",
  handler: async ({ intent }, { user }): Promise<FormState> => {
    revalidatePath("/account");
    if (intent === "off") {
      const wasOn = await revokeFeed(user);
      return {
        status: "success",
        message: wasOn
          ? "Your calendar link is off: it no longer shows anything. Calendar apps subscribed to it stop getting updates (they may keep the dates they already had)."
          : "Your calendar link was already off.",
      };
    }
    const { token, replaced } = await issueFeedToken(user);
    // Only the token's hash is kept: this answer is the one time the address is shown.
    const copyNow = "Copy it now: we keep only a fingerprint of it, so it can’t be shown again.";
    return {
      status: "success",
      message: replaced
        ? `Done: here is your new calendar link. The old one has stopped working, so put this one in your calendar app instead. ${copyNow}`
        : `Your calendar link is ready. ${copyNow}`,
      link: `${await appOrigin()}${feedPath(token)}`,
    };
  },
});
