import "server-only";
// The emails better-auth asks us to send (lib/auth/auth.ts): our own words,
// and links to our own pages, built from APP_URL (never from a request's
// Host header, which would let a stranger point a victim's link elsewhere).
import { env } from "../env";
import { confirmNewEmailEmail, resetPasswordEmail } from "../mail/account-emails";
import { sendMail } from "../mail/mailer";
import {
  CONFIRM_EMAIL_LINK_SECONDS,
  confirmEmailUrl,
  RESET_EMAIL_LINK_SECONDS,
  resetPasswordUrl,
  validForWords,
} from "./account-links";

type Recipient = { email: string; name: string };

export async function sendResetPasswordMail({ user, token }: { user: Recipient; token: string }): Promise<void> {
  const url = resetPasswordUrl(env().appUrl, token);
  await sendMail({
    to: user.email,
    ...resetPasswordEmail({ name: user.name, url, validFor: validForWords(RESET_EMAIL_LINK_SECONDS) }),
  });
}

/** better-auth calls this with the new address in `user.email` when someone moves their account. */
export async function sendConfirmEmailMail({ user, token }: { user: Recipient; token: string }): Promise<void> {
  const url = confirmEmailUrl(env().appUrl, token);
  await sendMail({
    to: user.email,
    ...confirmNewEmailEmail({
      name: user.name,
      newEmail: user.email,
      url,
      validFor: validForWords(CONFIRM_EMAIL_LINK_SECONDS),
    }),
  });
}
