// The input of a facilitator's reply to a shared reflection, and the page's
// address (which page of the shared entries to show).
import { z } from "zod";
import { decodeCursor } from "@/lib/cohorts/shared-cursor";
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

const first = (value: unknown) => (Array.isArray(value) ? (value as unknown[])[0] : value);

/**
 * The page's address: `?before=<cursor>` starts it after an entry already
 * shown ("Show older"). A cursor we could not have written is refused with a
 * message, and the page shows the newest entries instead.
 */
export const SharedReflectionsQuerySchema = z.object({
  before: z.preprocess(
    first,
    z
      .string({ message: "That link to older reflections isn't complete." })
      .transform((text, context) => {
        const cursor = decodeCursor(text);
        if (!cursor) context.addIssue({ code: "custom", message: "That link to older reflections isn't one we made." });
        return cursor ?? z.NEVER;
      })
      .optional(),
  ),
});
export type SharedReflectionsQuery = z.infer<typeof SharedReflectionsQuerySchema>;
