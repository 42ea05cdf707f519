"use server";
// Replying to a reflection a learner shared. The data layer checks, at the
// moment of replying, that the entry is still shared with this facilitator.
import { revalidatePath } from "next/cache";
import { formAction, type FormState } from "@/lib/actions/form-action";
import { replyToReflection } from "@/lib/cohorts/shared-reflections";
import { formErrorFrom } from "../../../_lib/load";
import { ReplyToReflectionSchema } from "./schemas";

const replyForm = formAction({
  name: "facilitator.reply",
  schema: ReplyToReflectionSchema,
  access: "facilitator",
  handler: async ({ reflectionId, body }, { user }): Promise<FormState> => {
    try {
      await replyToReflection(user, reflectionId, body);
    } catch (error) {
      // Keep what they wrote on screen: the entry may have just been made private.
      return formErrorFrom(error, { body });
    }
    revalidatePath("/facilitator", "layout");
    return { status: "success", message: "Reply sent. The learner will see it beside their reflection." };
  },
});

export async function replyAction(previous: FormState, formData: FormData): Promise<FormState> {
  return replyForm(previous, formData);
}
