"use server";
// Replying to a reflection a learner shared with this cohort. The data layer
// checks, at the moment of replying, that the entry is still shared with the
// cohort, that this facilitator runs it, and that the author is still in it;
// the reply then belongs to the cohort (its other facilitators see it, no
// other cohort's do).
import { revalidatePath } from "next/cache";
import { formAction, type FormState } from "@/lib/actions/form-action";
import { replyToReflection } from "@/lib/cohorts/shared-reflections";
import { ReplyToReflectionSchema } from "./schemas";

export const replyAction = formAction({
  name: "facilitator.reply",
  schema: ReplyToReflectionSchema,
  access: "facilitator",
  handler: async ({ cohortId, reflectionId, body }, { user }): Promise<FormState> => {
    // A refusal (the entry may have just been made private) keeps what they
    // wrote on screen: the form wrapper echoes it back.
    await replyToReflection(user, cohortId, reflectionId, body);
    revalidatePath("/facilitator", "layout");
    return { status: "success", message: "Reply sent. The learner will see it beside their reflection." };
  },
});
