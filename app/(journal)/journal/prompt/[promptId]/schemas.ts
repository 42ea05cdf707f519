// Inputs of a question's page and its delete button, shared by the forms and their actions.
import { z } from "zod";
import { REFLECTION_ID } from "@/lib/course/schemas";
import { EntryIdSchema } from "@/lib/reflections/schemas";

export const PromptIdSchema = z.string().regex(REFLECTION_ID, { message: "Unknown question." }).max(80);

export const DeleteAnswerSchema = z.object({ entryId: EntryIdSchema, promptId: PromptIdSchema });
export type DeleteAnswer = z.infer<typeof DeleteAnswerSchema>;

/**
 * Which two answers the compare view puts side by side (?a=…&b=…), and the
 * answer whose sharing or look-back forms are drawn open (?share=…,
 * ?lookBack=…: the links shown without JavaScript; decision 063). An id that
 * is malformed is ignored, not refused: the page falls back to the newest two,
 * with every form closed.
 */
export const CompareQuerySchema = z.object({
  a: EntryIdSchema.optional().catch(undefined),
  b: EntryIdSchema.optional().catch(undefined),
  share: EntryIdSchema.optional().catch(undefined),
  lookBack: EntryIdSchema.optional().catch(undefined),
});
export type CompareQuery = z.infer<typeof CompareQuerySchema>;
