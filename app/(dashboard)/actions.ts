"use server";
// A learner joining or leaving a cohort, and dismissing a nudge.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction, type FormState } from "@/lib/actions/form-action";
import { joinCohort, leaveCohort } from "@/lib/cohorts/membership";
import { dismissNudge } from "@/lib/cohorts/nudges";
import { CohortIdSchema, JoinCohortSchema, NudgeIdSchema } from "./schemas";

export const joinCohortAction = formAction({
  name: "cohort.join",
  schema: JoinCohortSchema,
  access: "signed-in",
  handler: async ({ code }, { user }): Promise<FormState> => {
    const result = await joinCohort(user, code);
    revalidatePath("/dashboard");
    redirect(`/dashboard?joined=${encodeURIComponent(result.cohortId)}`);
  },
});

export const leaveCohortAction = formAction({
  name: "cohort.leave",
  schema: CohortIdSchema,
  access: "signed-in",
  handler: async ({ cohortId }, { user }): Promise<FormState> => {
    const left = await leaveCohort(user, cohortId);
    revalidatePath("/dashboard");
    redirect(`/dashboard?left=${encodeURIComponent(left)}`);
  },
});

export const dismissNudgeAction = formAction({
  name: "nudge.dismiss",
  schema: NudgeIdSchema,
  access: "signed-in",
  handler: async ({ nudgeId }, { user }): Promise<FormState> => {
    // Whether or not it was still there, the dashboard redraws without it.
    revalidatePath("/dashboard");
    await dismissNudge(user, nudgeId);
    return { status: "success", message: "Dismissed." };
  },
});
