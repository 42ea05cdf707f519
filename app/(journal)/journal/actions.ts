"use server";
// Sharing one answer with one of the learner's cohorts, and taking it back,
// from the forms beside every answer in the journal. The data layer checks
// that the entry is the learner's and that they are in the cohort (and it is
// not archived); anything else looks like something that doesn't exist.
import { revalidatePath } from "next/cache";
import { formAction, type FormState } from "@/lib/actions/form-action";
import { shareEntry, stopSharing } from "@/lib/cohorts/sharing";
import { sharedMessage, stoppedMessage } from "@/lib/cohorts/visibility";
import { ShareEntrySchema, StopSharingSchema } from "./schemas";

export const shareEntryAction = formAction({
  name: "journal.share",
  schema: ShareEntrySchema,
  access: "signed-in",
  handler: async ({ entryId, cohortId }, { user }): Promise<FormState> => {
    const result = await shareEntry(user, entryId, cohortId);
    revalidatePath("/journal", "layout");
    return { status: "success", message: sharedMessage(result.cohort) };
  },
});

export const stopSharingAction = formAction({
  name: "journal.stop-sharing",
  schema: StopSharingSchema,
  access: "signed-in",
  handler: async ({ entryId, cohortId }, { user }): Promise<FormState> => {
    const result = await stopSharing(user, entryId, cohortId ?? null);
    revalidatePath("/journal", "layout");
    return { status: "success", message: stoppedMessage(result.removed, result.remaining) };
  },
});
