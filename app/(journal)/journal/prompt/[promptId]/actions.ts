"use server";
// Sharing and deleting one answer. The data layer puts the learner's id in
// every `where`, so an id that is not theirs changes nothing.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction, type FormState } from "@/lib/actions/form-action";
import { promptHistory } from "@/lib/reflections/journal";
import { deleteEntry, setShared } from "@/lib/reflections/reflections";
import { promptHref } from "../../_components/journal-url";
import { DeleteAnswerSchema, SetSharedFormSchema } from "./schemas";

const GONE = "That answer is no longer in your journal. It may have been deleted in another tab.";

const setSharedForm = formAction({
  name: "journal.set-shared",
  schema: SetSharedFormSchema,
  access: "signed-in",
  handler: async ({ entryId, shared }, { user }): Promise<FormState> => {
    if (!(await setShared(user, entryId, shared))) return { status: "error", message: GONE };
    revalidatePath("/journal", "layout");
    return {
      status: "success",
      message: shared
        ? "Shared. Your facilitators can read this answer now."
        : "No longer shared. Only you can see this answer now.",
    };
  },
});

const deleteAnswerForm = formAction({
  name: "journal.delete-answer",
  schema: DeleteAnswerSchema,
  access: "signed-in",
  handler: async ({ entryId, promptId }, { user }): Promise<FormState> => {
    if (!(await deleteEntry(user, entryId))) return { status: "error", message: GONE };
    revalidatePath("/journal", "layout");
    // A question that has left the course has no page once its last answer is gone.
    const remaining = await promptHistory(user, promptId);
    redirect(remaining ? `${promptHref(promptId)}?deleted=1` : "/journal?deleted=1");
  },
});

export async function setSharedAction(previous: FormState, formData: FormData): Promise<FormState> {
  return setSharedForm(previous, formData);
}

export async function deleteAnswerAction(previous: FormState, formData: FormData): Promise<FormState> {
  return deleteAnswerForm(previous, formData);
}
