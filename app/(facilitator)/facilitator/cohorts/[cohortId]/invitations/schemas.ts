// Inputs of the Invitations tab's personal invitations: a pasted list of
// addresses with how long the links last, and Resend or Revoke on one.
import { z } from "zod";
import { INVITE_ADDRESSES_MAX, INVITE_INPUT_MAX_CHARS, parseAddressList } from "@/lib/cohorts/invitation-addresses";
import type { InvitationDays } from "@/lib/cohorts/invitations";
import { CohortIdFieldSchema, idSchema, textareaText } from "../../../schemas";

export { INVITE_ADDRESSES_MAX, INVITE_INPUT_MAX_CHARS };

/** The choices of how long an invitation lasts, in days (lib/cohorts/invitations.ts has the same). */
export const INVITATION_DAY_CHOICES = ["3", "7", "14", "30"] as const;

const TOO_MANY = `Paste at most ${INVITE_ADDRESSES_MAX.toLocaleString("en-US")} addresses at a time. Nothing was sent: split the list and send it in parts.`;

export const InviteByEmailSchema = z.object({
  cohortId: CohortIdFieldSchema,
  addresses: textareaText("Paste the addresses as text.")
    .pipe(
      z
        .string()
        .min(1, { message: "Paste at least one email address." })
        .max(INVITE_INPUT_MAX_CHARS, { message: TOO_MANY }),
    )
    .transform(parseAddressList)
    .superRefine((list, context) => {
      if (list.entries > INVITE_ADDRESSES_MAX) context.addIssue({ code: "custom", message: TOO_MANY });
      else if (list.entries === 0) context.addIssue({ code: "custom", message: "Paste at least one email address." });
    }),
  days: z
    .enum(INVITATION_DAY_CHOICES, { message: "Choose how long the invitations last." })
    .transform((days) => Number(days) as InvitationDays),
});
export type InviteByEmail = z.infer<typeof InviteByEmailSchema>;

export const InvitationIdSchema = z.object({ cohortId: CohortIdFieldSchema, invitationId: idSchema("invitation") });
export type InvitationId = z.infer<typeof InvitationIdSchema>;
