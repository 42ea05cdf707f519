// Inputs of the sign-in and sign-up forms, shared by the forms and their actions.
import { z } from "zod";
import {
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from "@/lib/auth/password-policy";
import { BrowserTimeZoneSchema } from "@/lib/time/zones";

const email = z
  .string({ message: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, { message: "Enter your email address." })
  .max(EMAIL_MAX_LENGTH, { message: "That email address is too long." })
  .pipe(z.email({ message: "Enter an email address like name@example.org." }));

export const WRONG_CREDENTIALS_MESSAGE = "That email and password don't match an account. Check both and try again.";

const redirectTo = z.string().max(500).optional();

export const SignInSchema = z.object({
  email,
  password: z
    .string({ message: "Enter your password." })
    .min(1, { message: "Enter your password." })
    .max(PASSWORD_MAX_LENGTH, { message: `Passwords are at most ${PASSWORD_MAX_LENGTH} characters.` }),
  redirectTo,
  // Filled by the browser after hydration (decision 014); never an error.
  timeZone: BrowserTimeZoneSchema,
});
export type SignIn = z.infer<typeof SignInSchema>;

export const SignUpSchema = z.object({
  name: z
    .string({ message: "Enter your name." })
    .trim()
    .min(1, { message: "Enter your name." })
    .max(NAME_MAX_LENGTH, { message: `Names are at most ${NAME_MAX_LENGTH} characters.` }),
  email,
  password: z
    .string({ message: "Choose a password." })
    .min(PASSWORD_MIN_LENGTH, { message: `Use at least ${PASSWORD_MIN_LENGTH} characters.` })
    .max(PASSWORD_MAX_LENGTH, { message: `Use at most ${PASSWORD_MAX_LENGTH} characters.` }),
  redirectTo,
  timeZone: BrowserTimeZoneSchema,
});
export type SignUp = z.infer<typeof SignUpSchema>;
