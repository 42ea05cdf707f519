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
    if (result.status === "refused") return { status: "error", message: result.message };
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
    if (!left) return { status: "error", message: "You're not a member of that cohort." };
    revalidatePath("/dashboard");
    redirect(`/dashboard?left=${encodeURIComponent(left)}`);
  },
});

export const dismissNudgeAction = formAction({
  name: "nudge.dismiss",
  schema: NudgeIdSchema,
  access: "signed-in",
  handler: async ({ nudgeId }, { user }): Promise<FormState> => {
    const dismissed = await dismissNudge(user, nudgeId);
    revalidatePath("/dashboard");
    if (!dismissed) return { status: "error", message: "That message is no longer on your dashboard." };
    return { status: "success", message: "Dismissed." };
  },
});
