// Choosing a new password with a reset link (by email or from an admin).
import { z } from "zod";
import { LinkTokenSchema, NewPasswordSchema } from "@/lib/auth/account-fields";

export const ResetPasswordSchema = z.object({ token: LinkTokenSchema, newPassword: NewPasswordSchema });
export type ResetPassword = z.infer<typeof ResetPasswordSchema>;

export const RESET_LINK_EXPIRED =
  "This reset link doesn’t work any more. Each link works once: one from an email for an hour, one from your course administrator for 24 hours. Ask for a new one and use it straight away.";
