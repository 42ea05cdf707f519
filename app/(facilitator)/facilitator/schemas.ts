// Inputs of the facilitator's forms that name a cohort or describe one, shared
// by the cohort list (create) and the cohort's settings (edit).
import { z } from "zod";
import { TimeZoneSchema } from "@/lib/time/zones";

export const COHORT_NAME_MAX_CHARS = 80;
export const COHORT_DESCRIPTION_MAX_CHARS = 500;
const ID_MAX_CHARS = 100;

/** An id sent back by one of our own forms (cohort, assignment, learner…). */
export function idSchema(what: string) {
  const message = `Something went wrong: the form didn't say which ${what}. Reload the page and try again.`;
  return z.string({ message }).trim().min(1, { message }).max(ID_MAX_CHARS, { message });
}

export const CohortIdFieldSchema = idSchema("cohort");

/**
 * Text from a <textarea>, trimmed. Browsers send its line breaks as CRLF;
 * keep them as "\n", as typed (and as the browser counted them for maxlength).
 */
export function textareaText(typeMessage: string) {
  return z.string({ message: typeMessage }).transform((value) => value.replace(/\r\n?/g, "\n").trim());
}

export const CohortDetailsSchema = z.object({
  name: z
    .string({ message: "Give the cohort a name." })
    .trim()
    .min(1, { message: "Give the cohort a name." })
    .max(COHORT_NAME_MAX_CHARS, {
      message: `Keep the name to ${COHORT_NAME_MAX_CHARS} characters or fewer.`,
    }),
  description: textareaText("Write the description as text.")
    .pipe(
      z.string().max(COHORT_DESCRIPTION_MAX_CHARS, {
        message: `Keep the description to ${COHORT_DESCRIPTION_MAX_CHARS} characters or fewer.`,
      }),
    )
    .default(""),
  // Optional so that an older form (or a client without it) keeps the zone
  // as it is; the forms always send it.
  timeZone: TimeZoneSchema.optional(),
});
export type CohortDetails = z.infer<typeof CohortDetailsSchema>;

export const CreateCohortSchema = CohortDetailsSchema;
export type CreateCohort = z.infer<typeof CreateCohortSchema>;
