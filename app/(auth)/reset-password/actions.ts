"use server";
// Setting a new password with a reset link. Public: the link is the proof.
// better-auth spends the token and signs the person out everywhere
// (lib/auth/password-reset.ts).
import { formAction, type FormState } from "@/lib/actions/form-action";
import { resetPasswordWithToken } from "@/lib/auth/password-reset";
import { RESET_LINK_EXPIRED, ResetPasswordSchema } from "./schemas";

export const resetPasswordAction = formAction({
  name: "password-reset.reset",
  schema: ResetPasswordSchema,
  access: "public",
  handler: async ({ token, newPassword }): Promise<FormState> => {
    const outcome = await resetPasswordWithToken(token, newPassword);
    switch (outcome.status) {
      case "done":
        return {
          status: "success",
          message:
            "Your new password is saved, and you’ve been signed out everywhere, here too. Sign in with your new password to carry on.",
        };
      case "invalid-link":
        return { status: "error", message: RESET_LINK_EXPIRED };
      case "weak":
        return {
          status: "error",
          message: "Please choose a different password. Your old one still works until you do.",
          fieldErrors: { newPassword: [outcome.message] },
        };
    }
  },
});
