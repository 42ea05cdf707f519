// The input of a reflection save, shared by the editor island (to check before
// sending) and the save endpoint (to check what arrives).
import { z } from "zod";
import { PROMPT_MAX_CHARS, reflectionBodyProblem } from "./limits";

export const EntryIdSchema = z.uuid({ message: "The entry id must be a UUID made by the browser." });

export const ReflectionBodySchema = z.string({ message: "Write your answer as text." }).superRefine((body, context) => {
  const problem = reflectionBodyProblem(body);
  if (problem) context.addIssue({ code: "custom", message: problem });
});

export const SaveReflectionSchema = z.strictObject({
  promptId: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "Unknown prompt." })
    .max(80),
  lessonKey: z.string().max(200),
  // Sent by editors in pages built before the server stopped trusting it; the
  // save endpoint takes the wording from the course instead.
  promptText: z.string().max(PROMPT_MAX_CHARS).optional(),
  body: ReflectionBodySchema,
  baseVersion: z.number().int().min(0, { message: "baseVersion must be 0 or more." }).max(1_000_000_000),
});
export type SaveReflection = z.infer<typeof SaveReflectionSchema>;

const COHORT_ID_MAX_CHARS = 100;
const CHOOSE_COHORT = "Choose the cohort to share it with.";

/** A cohort the learner picked to share with (or stop sharing with); whether it is theirs is checked with the data. */
export const CohortChoiceSchema = z
  .string({ message: CHOOSE_COHORT })
  .trim()
  .min(1, { message: CHOOSE_COHORT })
  .max(COHORT_ID_MAX_CHARS, { message: "That isn't one of your cohorts." });

/** The body of PUT /api/reflections/:id/share. */
export const ShareRequestSchema = z.strictObject({ cohortId: CohortChoiceSchema });
export type ShareRequest = z.infer<typeof ShareRequestSchema>;

/** The body of DELETE /api/reflections/:id/share: one cohort, or every cohort when left out. */
export const StopSharingRequestSchema = z.strictObject({ cohortId: CohortChoiceSchema.optional() });
export type StopSharingRequest = z.infer<typeof StopSharingRequestSchema>;
