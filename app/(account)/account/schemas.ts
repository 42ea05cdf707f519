// Inputs of the account page's own forms, shared by the forms and their actions.
import { z } from "zod";
import {
  CurrentPasswordSchema,
  EmailAddressSchema,
  NewPasswordSchema,
  PersonNameSchema,
} from "@/lib/auth/account-fields";
import { TimeZoneSchema } from "@/lib/time/zones";
import { NOTIFICATION_KINDS } from "@/lib/notifications/kinds";

export const SetTimeZoneSchema = z.object({ timeZone: TimeZoneSchema });
export type SetTimeZone = z.infer<typeof SetTimeZoneSchema>;

export const ChangeNameSchema = z.object({ name: PersonNameSchema });
export type ChangeName = z.infer<typeof ChangeNameSchema>;

export const ChangeEmailSchema = z.object({
  newEmail: EmailAddressSchema,
  password: CurrentPasswordSchema,
});
export type ChangeEmail = z.infer<typeof ChangeEmailSchema>;

export const ChangePasswordSchema = z.object({
  currentPassword: CurrentPasswordSchema,
  newPassword: NewPasswordSchema,
});
export type ChangePassword = z.infer<typeof ChangePasswordSchema>;

export const SignOutSessionSchema = z.object({
  sessionId: z
    .string({ message: "Choose a device to sign out." })
    .trim()
    .min(1, { message: "Choose a device to sign out." })
    .max(100, { message: "Choose a device to sign out." }),
});
export type SignOutSession = z.infer<typeof SignOutSessionSchema>;

/**
 * "Sign out everywhere else" takes no input: it always means this person's
 * other devices. Anything sent with it was not sent by its button.
 */
export const SignOutOtherSessionsSchema = z.strictObject(
  {},
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? "This button takes no other input. Press it on your account page to sign out your other devices."
        : "This button takes no input. Press it on your account page to sign out your other devices.",
  },
);

/**
 * The account page's email choices: a checkbox per kind, the ticked ones sent
 * as `emailed` (one ticked arrives as a string, none as nothing at all).
 */
export const EmailChoicesSchema = z.object({
  emailed: z.preprocess(
    (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? (value as unknown[]) : [value]),
    z
      .array(z.enum(NOTIFICATION_KINDS, { message: "That is not a kind of notification." }))
      .max(NOTIFICATION_KINDS.length, { message: "Choose each kind at most once." }),
  ),
});

/**
 * The calendar link's buttons: "Make a link" (or "Replace link") and "Turn
 * off". Each always means this person's own calendar address.
 */
export const CALENDAR_INTENTS = ["make", "off"] as const;
export const CalendarLinkSchema = z.object({
  intent: z.enum(CALENDAR_INTENTS, {
    message: "Use the buttons under Calendar on your account page to make, replace or turn off your calendar link.",
  }),
});
export type CalendarLink = z.infer<typeof CalendarLinkSchema>;
