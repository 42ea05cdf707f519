// The journal's search and filters, read from the address (a GET form), so a
// filtered view can be bookmarked. Anything unexpected falls back to the
// default rather than failing: these are navigation, not input to save.
import { z } from "zod";
import { SEARCH_MAX_CHARS } from "@/lib/reflections/search";
import { CohortChoiceSchema, EntryIdSchema } from "@/lib/reflections/schemas";

const first = (value: unknown) => (Array.isArray(value) ? (value as unknown[])[0] : value);

export const JournalQuerySchema = z.object({
  q: z
    .preprocess(first, z.string())
    .catch("")
    .transform((q) => q.trim().slice(0, SEARCH_MAX_CHARS).trim()),
  module: z
    .preprocess(
      first,
      z
        .string()
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
        .max(80)
        .optional(),
    )
    .catch(undefined),
  visibility: z.preprocess(first, z.enum(["all", "private", "shared"])).catch("all"),
  view: z.preprocess(first, z.enum(["lesson", "timeline"])).catch("lesson"),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000)).catch(1),
  deleted: z.preprocess(first, z.literal("1").optional()).catch(undefined),
  /** An answer whose controls are drawn open (the links shown without JavaScript; decision 063). */
  share: z.preprocess(first, EntryIdSchema.optional()).catch(undefined),
  lookBack: z.preprocess(first, EntryIdSchema.optional()).catch(undefined),
});
export type JournalQuery = z.infer<typeof JournalQuerySchema>;

// The sharing forms beside every answer (journal, timeline and a question's
// page), shared by the forms and their actions. Whether the entry and the
// cohort are the learner's is decided with the data (lib/cohorts/sharing.ts).

export const ShareEntrySchema = z.object({ entryId: EntryIdSchema, cohortId: CohortChoiceSchema });
export type ShareEntry = z.infer<typeof ShareEntrySchema>;

/** Stop sharing with one cohort, or (no cohortId, or an empty one) with every cohort. */
export const StopSharingSchema = z.object({
  entryId: EntryIdSchema,
  cohortId: z.preprocess((value) => (value === "" ? undefined : value), CohortChoiceSchema.optional()),
});
export type StopSharing = z.infer<typeof StopSharingSchema>;
