// "Forgot your password?": the address to send a reset link to.
import { z } from "zod";
import { EmailAddressSchema } from "@/lib/auth/account-fields";

export const ForgotPasswordSchema = z.object({ email: EmailAddressSchema });
export type ForgotPassword = z.infer<typeof ForgotPasswordSchema>;

/** Every address gets this answer on a site that can't send email. */
export const NO_EMAIL_MESSAGE =
  "This site can’t send email, so it can’t send you a reset link. Ask your course administrator for a one-time reset link instead: they can make one for your account from their admin page. Open it when you get it, and choose a new password.";
