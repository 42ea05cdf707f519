import { z } from "zod";
import { EMAIL_MAX_LENGTH } from "@/lib/auth/password-policy";

export const DeleteAccountSchema = z.object({
  email: z
    .string({ message: "Type your email address to confirm." })
    .trim()
    .toLowerCase()
    .min(1, { message: "Type your email address to confirm." })
    .max(EMAIL_MAX_LENGTH, { message: "That is longer than any email address we keep." }),
});
export type DeleteAccount = z.infer<typeof DeleteAccountSchema>;

export const WRONG_EMAIL_MESSAGE =
  "That isn't the email address of this account. Type it exactly as shown above. Nothing has been deleted.";
