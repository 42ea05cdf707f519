"use server";
// The forms on a cohort's main page. Each handler asks the data layer, which
// checks that the caller facilitates this cohort; its refusals come back as
// the form's error.
import { revalidatePath } from "next/cache";
import { formAction, type FormState } from "@/lib/actions/form-action";
import { assignModule, listAssignments, removeAssignment } from "@/lib/cohorts/assignments";
import { getCohort, setInvite } from "@/lib/cohorts/cohorts";
import { sendNudges } from "@/lib/cohorts/nudges";
import { getCourse } from "@/lib/course/catalog";
import { dueRuleText, plural } from "../../_lib/format";
import { AssignModuleSchema, SetInviteLinkSchema, SendNudgeSchema, RemoveAssignmentSchema } from "./schemas";

function refresh(): void {
  revalidatePath("/facilitator", "layout");
}

export const setInviteLinkAction = formAction({
  name: "facilitator.invite-link",
  schema: SetInviteLinkSchema,
  access: "facilitator",
  handler: async ({ cohortId, state }, { user }): Promise<FormState> => {
    await setInvite(user, cohortId, state);
    refresh();
    return {
      status: "success",
      message:
        state === "new"
          ? "A new invite link is ready. Any earlier link no longer works."
          : "The invite link is off. Nobody can join until you turn it on again.",
    };
  },
});

export const assignModuleAction = formAction({
  name: "facilitator.assign-module",
  schema: AssignModuleSchema,
  access: "facilitator",
  handler: async ({ cohortId, moduleSlug, due }, { user }): Promise<FormState> => {
    const reassigned = (await listAssignments(user, cohortId)).some((a) => a.moduleSlug === moduleSlug);
    const cohortZone = (await getCohort(user, cohortId)).timeZone;
    await assignModule(user, cohortId, moduleSlug, due);
    refresh();
    const courseModule = getCourse().modules.find((m) => m.slug === moduleSlug);
    const name = courseModule ? `Module ${courseModule.number}, “${courseModule.title}”,` : "The module";
    const rule = dueRuleText(
      due.kind === "date"
        ? { dueDate: due.day, dueDaysAfterJoin: null }
        : { dueDate: null, dueDaysAfterJoin: due.days },
      cohortZone,
      user.timeZone,
    );
    return {
      status: "success",
      message: reassigned
        ? `${name} now has a new due date: ${rule.charAt(0).toLowerCase()}${rule.slice(1)}.`
        : `${name} is assigned. ${rule}.`,
    };
  },
});

export const removeAssignmentAction = formAction({
  name: "facilitator.remove-assignment",
  schema: RemoveAssignmentSchema,
  access: "facilitator",
  handler: async ({ cohortId, assignmentId }, { user }): Promise<FormState> => {
    // Whether or not it was still there, the page redraws without it.
    refresh();
    await removeAssignment(user, cohortId, assignmentId);
    return { status: "success", message: "Removed. Learners no longer see it as assigned." };
  },
});

export const sendNudgeAction = formAction({
  name: "facilitator.nudge",
  schema: SendNudgeSchema,
  access: "facilitator",
  handler: async ({ cohortId, learnerIds, message, confirmRepeat }, { user }): Promise<FormState> => {
    const result = await sendNudges(user, cohortId, learnerIds, message, { confirmRepeat });
    refresh();
    const emailed =
      result.emailed === 0
        ? ""
        : ` We also emailed ${result.emailed === result.sent ? "them" : `${result.emailed} of them`}.`;
    return {
      status: "success",
      message: `Nudge sent to ${plural(result.sent, "learner")}. They’ll see it on their dashboard.${emailed}`,
    };
  },
});
