// The input of a facilitator's reply to a shared reflection.
import { z } from "zod";
import { REPLY_MAX_CHARS } from "@/lib/cohorts/shared-reflections";
import { CohortIdFieldSchema, idSchema, textareaText } from "../../../schemas";

export { REPLY_MAX_CHARS };

export const ReplyToReflectionSchema = z.object({
  cohortId: CohortIdFieldSchema,
  reflectionId: idSchema("reflection"),
  body: textareaText("Write your reply as text.").pipe(
    z
      .string()
      .min(1, { message: "Write a reply first: an empty reply isn't sent." })
      .max(REPLY_MAX_CHARS, {
        message: `Replies can be up to ${REPLY_MAX_CHARS.toLocaleString("en")} characters. Shorten yours a little to send it.`,
      }),
  ),
});
export type ReplyToReflection = z.infer<typeof ReplyToReflectionSchema>;
