// The fields every account form shares (sign-up, forgot and reset password,
// the account page), so an email address or a new password is read the same
// way wherever it is typed. Pure zod: safe in any module.
import { z } from "zod";
import {
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  passwordLength,
} from "./password-policy";

export const EmailAddressSchema = z
  .string({ message: "Enter your email address." })
  .trim()
  .toLowerCase()
  .min(1, { message: "Enter your email address." })
  .max(EMAIL_MAX_LENGTH, { message: "That email address is too long." })
  .pipe(z.email({ message: "Enter an email address like name@example.org." }));

export const PersonNameSchema = z
  .string({ message: "Enter your name." })
  .trim()
  .min(1, { message: "Enter your name." })
  .max(NAME_MAX_LENGTH, { message: `Names are at most ${NAME_MAX_LENGTH} characters.` });

/**
 * A password someone is choosing now. Only its length is checked here; how
 * guessable it is needs the person's name and email and the dictionaries,
 * so the server checks that next (lib/auth/password-strength.ts).
 */
export const NewPasswordSchema = z
  .string({ message: "Choose a password." })
  .min(1, { message: "Choose a password.", abort: true })
  .refine((value) => passwordLength(value) >= PASSWORD_MIN_LENGTH, {
    message: `Use at least ${PASSWORD_MIN_LENGTH} characters. Three or four unrelated words make that easy.`,
  })
  .refine((value) => value.length <= PASSWORD_MAX_LENGTH, {
    message: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
  });

/** The password someone already has, to prove it is them. Any length they once chose. */
export const CurrentPasswordSchema = z
  .string({ message: "Enter your current password." })
  .min(1, { message: "Enter your current password." })
  .max(PASSWORD_MAX_LENGTH, { message: `Passwords are at most ${PASSWORD_MAX_LENGTH} characters.` });

/** The token in a link from an email or an admin; whether it works is checked against the database. */
export const LinkTokenSchema = z
  .string({ message: "This link is incomplete. Open it again from where you got it." })
  .trim()
  .min(1, { message: "This link is incomplete. Open it again from where you got it." })
  .max(2000, { message: "This link is not one of ours. Open it again from where you got it." });
