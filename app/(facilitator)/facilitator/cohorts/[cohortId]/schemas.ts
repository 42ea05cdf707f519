// Inputs of the forms on a cohort's main page: the invite link, assignments
// and nudges. Shared by the forms' actions and their tests.
import { z } from "zod";
import type { Due } from "@/lib/cohorts/assignments";
import { NUDGE_MAX_CHARS } from "@/lib/cohorts/nudges";
import { dayIn, endOfDayIn, parseDay } from "@/lib/time/calendar";
import { CohortIdFieldSchema, idSchema, textareaText } from "../../schemas";

export { NUDGE_MAX_CHARS };

export const DUE_DAYS_MIN = 1;
export const DUE_DAYS_MAX = 365;
/** How far ahead a fixed due date may be; further is almost always a typo in the year. */
export const DUE_DATE_MAX_YEARS_AHEAD = 2;

/** The last zone to end any given day (UTC−12): a day over there is over everywhere. */
const LAST_ZONE = "Etc/GMT+12";

export const SetInviteLinkSchema = z.object({
  cohortId: CohortIdFieldSchema,
  state: z.enum(["off", "new"], { message: "Choose whether to turn the link off or make a new one." }),
});
export type SetInviteLink = z.infer<typeof SetInviteLinkSchema>;

const ModuleSlugSchema = z
  .string({ message: "Choose a module." })
  .trim()
  .min(1, { message: "Choose a module." })
  .max(100, { message: "Choose a module from the list." });

// A calendar day ("2026-12-04"), kept as such: it is due at the end of that
// day in the cohort's zone (decision 014). The form can't know that zone, so
// only days already over everywhere are refused here; assignModule decides
// for days over in the cohort's zone but not yet elsewhere.
const DueDateSchema = z
  .string({ message: "Choose a due date." })
  .trim()
  .min(1, { message: "Choose a due date.", abort: true })
  .superRefine((value, context) => {
    if (!parseDay(value)) {
      context.addIssue({ code: "custom", message: "Enter a real date, for example 2026-12-04." });
      return;
    }
    const now = new Date();
    const latest = new Date(now);
    latest.setUTCFullYear(latest.getUTCFullYear() + DUE_DATE_MAX_YEARS_AHEAD);
    // ISO days compare as strings.
    if (value > dayIn(latest, "UTC")) {
      context.addIssue({
        code: "custom",
        message: `Choose a date within the next ${DUE_DATE_MAX_YEARS_AHEAD} years.`,
      });
    } else if (endOfDayIn(value, LAST_ZONE).getTime() < now.getTime()) {
      context.addIssue({ code: "custom", message: "That day is already over. Choose today or a later date." });
    }
  });

const DUE_DAYS_MESSAGE = `Enter a whole number of days from ${DUE_DAYS_MIN} to ${DUE_DAYS_MAX}.`;

const DueDaysSchema = z
  .string({ message: "Enter a number of days." })
  .trim()
  .min(1, { message: "Enter a number of days.", abort: true })
  .regex(/^\d{1,6}$/, { message: DUE_DAYS_MESSAGE })
  .transform(Number)
  .pipe(
    z.number().int().min(DUE_DAYS_MIN, { message: DUE_DAYS_MESSAGE }).max(DUE_DAYS_MAX, { message: DUE_DAYS_MESSAGE }),
  );

// An intersection rather than one object so that a missing module and a bad
// date are reported together, each beside its own field.
export const AssignModuleSchema = z
  .intersection(
    z.object({ cohortId: CohortIdFieldSchema, moduleSlug: ModuleSlugSchema }),
    z.discriminatedUnion(
      "dueKind",
      [
        z.object({ dueKind: z.literal("date"), dueDate: DueDateSchema }),
        z.object({ dueKind: z.literal("days"), dueDays: DueDaysSchema }),
      ],
      { message: "Choose when it's due: on a date, or a number of days after each learner joins." },
    ),
  )
  .transform((input): { cohortId: string; moduleSlug: string; due: Due } => ({
    cohortId: input.cohortId,
    moduleSlug: input.moduleSlug,
    due: input.dueKind === "date" ? { kind: "date", day: input.dueDate } : { kind: "days", days: input.dueDays },
  }));
export type AssignModule = z.infer<typeof AssignModuleSchema>;

export const RemoveAssignmentSchema = z.object({ cohortId: CohortIdFieldSchema, assignmentId: idSchema("assignment") });
export type RemoveAssignment = z.infer<typeof RemoveAssignmentSchema>;

const CHOOSE_LEARNERS = "Choose at least one learner to nudge.";

export const SendNudgeSchema = z.object({
  cohortId: CohortIdFieldSchema,
  // One checkbox per learner: one chosen arrives as a string, several as an
  // array (lib/actions/form-action.ts reads the form with getAll).
  learnerIds: z.preprocess(
    (value) => (typeof value === "string" ? [value] : value),
    z
      .array(z.string({ message: CHOOSE_LEARNERS }), { message: CHOOSE_LEARNERS })
      .transform((ids) => ids.map((id) => id.trim()).filter(Boolean))
      .pipe(z.array(idSchema("learner")).min(1, { message: CHOOSE_LEARNERS }).max(1000)),
  ),
  message: textareaText("Write a short message.").pipe(
    z
      .string()
      .min(1, { message: "Write a short message, so they know why you're in touch." })
      .max(NUDGE_MAX_CHARS, { message: `Keep the message to ${NUDGE_MAX_CHARS} characters or fewer.` }),
  ),
  // Ticked after the guard asked: send even to someone nudged in the last day.
  confirmRepeat: z
    .unknown()
    .optional()
    .transform((value) => value === "yes"),
});
export type SendNudge = z.infer<typeof SendNudgeSchema>;
