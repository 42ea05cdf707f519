// Inputs of the buttons on a question's page, shared by the forms and their actions.
import { z } from "zod";
import { REFLECTION_ID } from "@/lib/course/schemas";
import { EntryIdSchema } from "@/lib/reflections/schemas";

export const PromptIdSchema = z.string().regex(REFLECTION_ID, { message: "Unknown question." }).max(80);

export const SetSharedFormSchema = z.object({
  entryId: EntryIdSchema,
  shared: z.enum(["true", "false"], { message: "Choose whether to share." }).transform((value) => value === "true"),
});
export type SetSharedForm = z.infer<typeof SetSharedFormSchema>;

export const DeleteAnswerSchema = z.object({ entryId: EntryIdSchema, promptId: PromptIdSchema });
export type DeleteAnswer = z.infer<typeof DeleteAnswerSchema>;
