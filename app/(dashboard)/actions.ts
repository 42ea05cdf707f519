"use server";
// A learner joining (by a cohort's link or a personal invitation) or leaving
// a cohort, and dismissing a nudge.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction, type FormState } from "@/lib/actions/form-action";
import { acceptInvitation } from "@/lib/cohorts/invitations";
import { joinCohort, leaveCohort } from "@/lib/cohorts/membership";
import { dismissNudge } from "@/lib/cohorts/nudges";
import { AcceptInvitationSchema, CohortIdSchema, JoinCohortSchema, NudgeIdSchema } from "./schemas";

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

export const acceptInvitationAction = formAction({
  name: "cohort.accept-invitation",
  schema: AcceptInvitationSchema,
  access: "signed-in",
  handler: async ({ token }, { user }): Promise<FormState> => {
    const result = await acceptInvitation(user, token);
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
