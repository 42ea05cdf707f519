// Inputs of a cohort's settings: its details, archiving and co-facilitators.
import { z } from "zod";
import { CohortDetailsSchema, CohortIdFieldSchema, idSchema } from "../../../schemas";

export const EMAIL_MAX_CHARS = 254;

export const UpdateCohortSchema = CohortDetailsSchema.extend({ cohortId: CohortIdFieldSchema });
export type UpdateCohort = z.infer<typeof UpdateCohortSchema>;

export const ARCHIVE_CONFIRM_VALUE = "yes";

// Archiving asks for a ticked box first; bringing a cohort back does not.
export const ArchiveCohortSchema = z.intersection(
  z.object({ cohortId: CohortIdFieldSchema }),
  z.discriminatedUnion(
    "archived",
    [
      z.object({
        archived: z.literal("true").transform(() => true),
        confirm: z.literal(ARCHIVE_CONFIRM_VALUE, {
          message: "Tick the box to confirm that you want to archive this cohort.",
        }),
      }),
      z.object({ archived: z.literal("false").transform(() => false) }),
    ],
    { message: "Choose whether to archive the cohort or bring it back." },
  ),
);
export type ArchiveCohort = z.infer<typeof ArchiveCohortSchema>;

export const AddCoFacilitatorSchema = z.object({
  cohortId: CohortIdFieldSchema,
  email: z
    .string({ message: "Enter their email address." })
    .trim()
    .min(1, { message: "Enter their email address." })
    .max(EMAIL_MAX_CHARS, { message: `Email addresses are at most ${EMAIL_MAX_CHARS} characters.` })
    .pipe(z.email({ message: "Enter an email address like name@example.org." }))
    .transform((email) => email.toLowerCase()),
});
export type AddCoFacilitator = z.infer<typeof AddCoFacilitatorSchema>;

export const RemoveCoFacilitatorSchema = z.object({ cohortId: CohortIdFieldSchema, userId: idSchema("facilitator") });
export type RemoveCoFacilitator = z.infer<typeof RemoveCoFacilitatorSchema>;
