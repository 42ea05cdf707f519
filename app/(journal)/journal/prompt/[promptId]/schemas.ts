// Inputs of a question's page and its delete button, shared by the forms and their actions.
import { z } from "zod";
import { REFLECTION_ID } from "@/lib/course/schemas";
import { EntryIdSchema } from "@/lib/reflections/schemas";

export const PromptIdSchema = z.string().regex(REFLECTION_ID, { message: "Unknown question." }).max(80);

export const DeleteAnswerSchema = z.object({ entryId: EntryIdSchema, promptId: PromptIdSchema });
export type DeleteAnswer = z.infer<typeof DeleteAnswerSchema>;
