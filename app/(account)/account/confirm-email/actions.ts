"use server";
// Confirming a new email address from the link sent to it. Public: the link
// may be opened on a phone that isn't signed in; the token is what proves the
// owner asked (lib/account/email-change.ts).
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { confirmEmailChange } from "@/lib/account/email-change";
import { formAction, type FormState } from "@/lib/actions/form-action";
import { CONFIRM_LINK_EXPIRED, ConfirmEmailChangeSchema } from "./schemas";

export const confirmEmailChangeAction = formAction({
  name: "account.confirm-email",
  schema: ConfirmEmailChangeSchema,
  access: "public",
  handler: async ({ token }, { user }): Promise<FormState> => {
    const outcome = await confirmEmailChange(token, user, await headers());
    switch (outcome.status) {
      case "changed":
        // The link is spent now, so the page it was on would say so: show the
        // outcome on a page of its own.
        return redirect("/account/confirm-email?confirmed=1");
      case "invalid-link":
        return { status: "error", message: CONFIRM_LINK_EXPIRED };
      case "taken":
        return {
          status: "error",
          message:
            "That address now belongs to another account here, so nothing was changed. Choose a different one on your account page.",
        };
      case "someone-else":
        return {
          status: "error",
          message: "You’re signed in as someone else. Sign out, then open the link again.",
        };
    }
  },
});
