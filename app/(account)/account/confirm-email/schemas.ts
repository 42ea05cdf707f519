// The confirm button on /account/confirm-email: the link's token, posted back.
import { z } from "zod";
import { LinkTokenSchema } from "@/lib/auth/account-fields";

export const ConfirmEmailChangeSchema = z.object({ token: LinkTokenSchema });
export type ConfirmEmailChange = z.infer<typeof ConfirmEmailChangeSchema>;

export const CONFIRM_LINK_EXPIRED =
  "This link doesn’t work any more: it was used already, or more than an hour has passed. If you still want to change your address, ask again from your account page.";
