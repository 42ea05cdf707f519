import { z } from "zod";

export const DELETE_ALL_WORD = "DELETE";

export const DeleteAllAnswersSchema = z.object({
  confirm: z
    .string({ message: `Type ${DELETE_ALL_WORD} to confirm.` })
    .trim()
    .refine((value) => value === DELETE_ALL_WORD, {
      message: `Type ${DELETE_ALL_WORD} in capital letters to confirm. Nothing has been deleted.`,
    }),
});
export type DeleteAllAnswers = z.infer<typeof DeleteAllAnswersSchema>;
