// The journal's search and filters, read from the address (a GET form), so a
// filtered view can be bookmarked. Anything unexpected falls back to the
// default rather than failing: these are navigation, not input to save.
import { z } from "zod";
import { SEARCH_MAX_CHARS } from "@/lib/reflections/journal";

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
});
export type JournalQuery = z.infer<typeof JournalQuerySchema>;
