"use server";
// Deleting one answer. The data layer puts the learner's id in every
// `where`, so an id that is not theirs changes nothing. (Sharing is in
// ../../actions.ts: its forms are on every journal page.)
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction, type FormState } from "@/lib/actions/form-action";
import { promptHistory } from "@/lib/reflections/prompt-history";
import { deleteEntry } from "@/lib/reflections/reflections";
import { promptHref } from "../../_components/journal-url";
import { DeleteAnswerSchema } from "./schemas";

export const deleteAnswerAction = formAction({
  name: "journal.delete-answer",
  schema: DeleteAnswerSchema,
  access: "signed-in",
  handler: async ({ entryId, promptId }, { user }): Promise<FormState> => {
    await deleteEntry(user, entryId);
    revalidatePath("/journal", "layout");
    // A question that has left the course has no page once its last answer is gone.
    const remaining = await promptHistory(user, promptId);
    redirect(remaining ? `${promptHref(promptId)}?deleted=1` : "/journal?deleted=1");
  },
});
