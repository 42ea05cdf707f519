// Inputs of the sign-in and sign-up forms, shared by the forms and their actions.
import { z } from "zod";
import { EmailAddressSchema, NewPasswordSchema, PersonNameSchema } from "@/lib/auth/account-fields";
import { PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";
import { parseReadingPlace } from "@/lib/progress/reading-place";
import { BrowserTimeZoneSchema } from "@/lib/time/zones";

const email = EmailAddressSchema;

const redirectTo = z.string().max(500).optional();

/** The hidden `place` field: a signed-out reader's place, read leniently; never an error. */
export const ReadingPlaceFieldSchema = z.unknown().optional().transform(parseReadingPlace);

export const SignInSchema = z.object({
  email,
  password: z
    .string({ message: "Enter your password." })
    .min(1, { message: "Enter your password." })
    .max(PASSWORD_MAX_LENGTH, { message: `Passwords are at most ${PASSWORD_MAX_LENGTH} characters.` }),
  redirectTo,
  // Filled by the browser after hydration (decision 014); never an error.
  timeZone: BrowserTimeZoneSchema,
  // A signed-out reader's place, carried into the account (decision 027); never an error.
  place: ReadingPlaceFieldSchema,
});
export type SignIn = z.infer<typeof SignInSchema>;

export const SignUpSchema = z.object({
  name: PersonNameSchema,
  email,
  // Its length here; how guessable it is in the action, which knows the name and email.
  password: NewPasswordSchema,
  redirectTo,
  timeZone: BrowserTimeZoneSchema,
  place: ReadingPlaceFieldSchema,
});
export type SignUp = z.infer<typeof SignUpSchema>;
