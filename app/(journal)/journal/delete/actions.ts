"use server";
import { revalidatePath } from "next/cache";
import { formAction, type FormState } from "@/lib/actions/form-action";
import { deleteAllEntries } from "@/lib/reflections/reflections";
import { DeleteAllAnswersSchema } from "./schemas";

export const deleteAllAnswersAction = formAction({
  name: "journal.delete-all",
  schema: DeleteAllAnswersSchema,
  access: "signed-in",
  handler: async (_input, { user }): Promise<FormState> => {
    const count = await deleteAllEntries(user);
    revalidatePath("/journal", "layout");
    return {
      status: "success",
      message:
        count === 0
          ? "There was nothing to delete: your journal was already empty."
          : `Deleted ${count === 1 ? "your one answer" : `all ${count} of your answers`}, with their earlier versions. Your journal is empty now.`,
    };
  },
});
