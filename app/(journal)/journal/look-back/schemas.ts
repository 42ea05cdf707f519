// Scheduling, moving, cancelling and answering a look-back: the forms beside
// every answer in the journal and on the look-back's own page.
import { z } from "zod";
import { EntryIdSchema, ReflectionBodySchema } from "@/lib/reflections/schemas";

export const LOOK_BACK_CHOICES = {
  "1w": { weeks: 1 },
  "2w": { weeks: 2 },
  "1m": { months: 1 },
} as const;

export const ScheduleLookBackSchema = z
  .object({
    entryId: EntryIdSchema,
    when: z.enum(["1w", "2w", "1m", "date"], { message: "Choose when to look back." }),
    day: z
      .string()
      .max(40)
      .optional()
      .transform((day) => day?.trim() ?? ""),
  })
  .refine((input) => input.when !== "date" || input.day !== "", {
    message: "Pick the day you want to look back.",
    path: ["day"],
  });
export type ScheduleLookBack = z.infer<typeof ScheduleLookBackSchema>;

export const CancelLookBackSchema = z.object({ entryId: EntryIdSchema });

export const CHANGE_NOTE_MAX_CHARS = 5000;

export const AnswerLookBackSchema = z.object({
  lookBackId: z.string().regex(/^[A-Za-z0-9_-]{1,60}$/, { message: "That is not a look-back of yours." }),
  body: ReflectionBodySchema,
  changeNote: z
    .string()
    .max(CHANGE_NOTE_MAX_CHARS, {
      message: `Keep what has changed to ${CHANGE_NOTE_MAX_CHARS.toLocaleString("en")} characters.`,
    })
    .optional()
    .transform((note) => note?.trim() ?? ""),
});
