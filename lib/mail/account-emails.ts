// The emails about an account: a reset link, a link to confirm a new address,
// and notices that something changed. Plain text, each saying what happened
// and what to do next, and what happens if the reader does nothing. Pure, so
// tests read exactly what is sent.
import { formatDateTime } from "../time/format";

export type Email = { subject: string; text: string };

const SIGNATURE = "It Takes Two";

function greeting(name: string | null | undefined): string {
  const first = name?.trim();
  return first ? `Hello ${first},` : "Hello,";
}

function lines(...parts: (string | false)[]): string {
  return `${parts.filter((part) => part !== false).join("\n")}\n`;
}

export function resetPasswordEmail(input: { name: string; url: string; validFor: string }): Email {
  return {
    subject: "Choose a new password for It Takes Two",
    text: lines(
      greeting(input.name),
      "",
      "Someone asked for a new password for the It Takes Two account that uses this email address. If it was you, open this link and choose one:",
      "",
      input.url,
      "",
      `The link works once, for ${input.validFor}. Choosing a new password signs you out everywhere, so you sign in again with the new one.`,
      "",
      "If it wasn't you, ignore this email: nothing changes, your password stays as it is, and the link simply stops working.",
      "",
      SIGNATURE,
    ),
  };
}

export function confirmNewEmailEmail(input: { name: string; newEmail: string; url: string; validFor: string }): Email {
  return {
    subject: "Confirm your new email address for It Takes Two",
    text: lines(
      greeting(input.name),
      "",
      `You asked to sign in to It Takes Two with ${input.newEmail} from now on. Open this link to confirm it is yours:`,
      "",
      input.url,
      "",
      `The link works for ${input.validFor}. Until you open it, your account keeps its old address.`,
      "",
      "If you didn't ask for this, ignore this email: nothing changes.",
      "",
      SIGNATURE,
    ),
  };
}

/**
 * To an address that already has an account, when someone asks to move
 * another account to it. The person asking is told the same as for a free
 * address, so this is how a real owner finds out what happened.
 */
export function addressInUseEmail(input: { signInUrl: string; forgotUrl: string }): Email {
  return {
    subject: "This address already has an It Takes Two account",
    text: lines(
      "Hello,",
      "",
      "Someone signed in to It Takes Two asked to use this email address for their account. This address already has an account of its own, so nothing was changed.",
      "",
      "If that was you, sign in with this address instead:",
      input.signInUrl,
      "",
      "If you've forgotten the password for it, you can choose a new one here:",
      input.forgotUrl,
      "",
      "If it wasn't you, ignore this email: your account is as it was.",
      "",
      SIGNATURE,
    ),
  };
}

export function emailChangedEmail(input: {
  name: string;
  oldEmail: string;
  newEmail: string;
  at: Date;
  timeZone: string | null | undefined;
}): Email {
  return {
    subject: "The email address of your It Takes Two account changed",
    text: lines(
      greeting(input.name),
      "",
      `On ${formatDateTime(input.at, input.timeZone)}, the email address of your It Takes Two account changed from ${input.oldEmail} to ${input.newEmail}. From now on you sign in with the new address, and emails go there.`,
      "",
      "If you made this change, there is nothing more to do.",
      "",
      "If you didn't, someone else may be using your account. Tell your course administrator straight away: they can lock the account and help you back in.",
      "",
      SIGNATURE,
    ),
  };
}

export function passwordChangedEmail(input: {
  name: string;
  at: Date;
  timeZone: string | null | undefined;
  how: "changed" | "reset";
}): Email {
  return {
    subject: "Your It Takes Two password changed",
    text: lines(
      greeting(input.name),
      "",
      input.how === "reset"
        ? `On ${formatDateTime(input.at, input.timeZone)}, the password of your It Takes Two account was reset with a one-time link, and every device was signed out.`
        : `On ${formatDateTime(input.at, input.timeZone)}, the password of your It Takes Two account was changed on the account page, and every other device was signed out.`,
      "",
      "If you did this, there is nothing more to do.",
      "",
      "If you didn't, someone else may know your password. Choose a new one from the sign-in page (“Forgot your password?”) and tell your course administrator.",
      "",
      SIGNATURE,
    ),
  };
}
