"use server";
// Look-backs from the journal: schedule (or move) one at an answer, cancel it,
// and answer it on its day. The data layer checks that the answer and the
// look-back are the learner's (lib/lookbacks/look-backs.ts).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction, type FormState } from "@/lib/actions/form-action";
import { cancelLookBack, completeLookBack, scheduleLookBack, type LookBackWhen } from "@/lib/lookbacks/look-backs";
import { formatDay } from "@/lib/time/format";
import { AnswerLookBackSchema, CancelLookBackSchema, LOOK_BACK_CHOICES, ScheduleLookBackSchema } from "./schemas";
import { lookBackPath } from "@/lib/lookbacks/path";

export const scheduleLookBackAction = formAction({
  name: "journal.schedule-look-back",
  schema: ScheduleLookBackSchema,
  access: "signed-in",
  handler: async ({ entryId, when, day }, { user }): Promise<FormState> => {
    const choice: LookBackWhen = when === "date" ? { day } : LOOK_BACK_CHOICES[when];
    const scheduled = await scheduleLookBack(user, entryId, choice);
    revalidatePath("/journal", "layout");
    revalidatePath("/dashboard");
    return {
      status: "success",
      message: `You’ll look back on ${formatDay(scheduled.day)}. It will be on your dashboard that day.`,
    };
  },
});

export const cancelLookBackAction = formAction({
  name: "journal.cancel-look-back",
  schema: CancelLookBackSchema,
  access: "signed-in",
  handler: async ({ entryId }, { user }): Promise<FormState> => {
    revalidatePath("/journal", "layout");
    revalidatePath("/dashboard");
    await cancelLookBack(user, entryId);
    return { status: "success", message: "Look-back cancelled. Your answer stays as it is." };
  },
});

export const answerLookBackAction = formAction({
  name: "journal.answer-look-back",
  schema: AnswerLookBackSchema,
  access: "signed-in",
  handler: async ({ lookBackId, body, changeNote }, { user }): Promise<FormState> => {
    await completeLookBack(user, lookBackId, { body, changeNote });
    revalidatePath("/journal", "layout");
    revalidatePath("/dashboard");
    redirect(lookBackPath(lookBackId));
  },
});
