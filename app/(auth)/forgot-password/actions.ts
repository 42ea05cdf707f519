"use server";
// "Forgot your password?". The answer is the same whether or not the address
// has an account, and takes the same time (lib/auth/password-reset.ts).
import { headers } from "next/headers";
import { formAction, type FormState } from "@/lib/actions/form-action";
import { requestResetEmail } from "@/lib/auth/password-reset";
import { waitInWords } from "@/lib/auth/rate-limit";
import { clientAddress } from "@/lib/http/client-address";
import { ForgotPasswordSchema, NO_EMAIL_MESSAGE } from "./schemas";

export const requestPasswordResetAction = formAction({
  name: "password-reset.request",
  schema: ForgotPasswordSchema,
  access: "public",
  handler: async ({ email }): Promise<FormState> => {
    const outcome = await requestResetEmail(email, clientAddress(await headers()));
    switch (outcome.status) {
      case "accepted":
        return {
          status: "success",
          message: `If ${email} belongs to an account here, we’ve sent it a link to choose a new password. The link works once, within the next hour. Nothing after a few minutes? Check your spam folder, then ask again.`,
        };
      case "limited":
        return {
          status: "error",
          message: `Too many reset requests have come from your network. Please wait ${waitInWords(outcome.retryAfterMs)}, then try again.`,
          values: { email },
        };
      case "no-email":
        return { status: "error", message: NO_EMAIL_MESSAGE };
    }
  },
});
