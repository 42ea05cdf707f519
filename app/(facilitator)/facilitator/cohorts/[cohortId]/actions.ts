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
import { formErrorFrom } from "../../_lib/load";
import { AssignModuleSchema, SetInviteLinkSchema, SendNudgeSchema, RemoveAssignmentSchema } from "./schemas";

function refresh(): void {
  revalidatePath("/facilitator", "layout");
}

const inviteLinkForm = formAction({
  name: "facilitator.invite-link",
  schema: SetInviteLinkSchema,
  access: "facilitator",
  handler: async ({ cohortId, state }, { user }): Promise<FormState> => {
    try {
      await setInvite(user, cohortId, state);
    } catch (error) {
      return formErrorFrom(error);
    }
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

const assignModuleForm = formAction({
  name: "facilitator.assign-module",
  schema: AssignModuleSchema,
  access: "facilitator",
  handler: async ({ cohortId, moduleSlug, due }, { user }): Promise<FormState> => {
    let reassigned: boolean;
    let cohortZone: string;
    try {
      reassigned = (await listAssignments(user, cohortId)).some((a) => a.moduleSlug === moduleSlug);
      cohortZone = (await getCohort(user, cohortId)).timeZone;
      await assignModule(user, cohortId, moduleSlug, due);
    } catch (error) {
      return formErrorFrom(error);
    }
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

const removeAssignmentForm = formAction({
  name: "facilitator.remove-assignment",
  schema: RemoveAssignmentSchema,
  access: "facilitator",
  handler: async ({ cohortId, assignmentId }, { user }): Promise<FormState> => {
    let removed: boolean;
    try {
      removed = await removeAssignment(user, cohortId, assignmentId);
    } catch (error) {
      return formErrorFrom(error);
    }
    refresh();
    if (!removed) {
      return { status: "error", message: "That assignment is not in this cohort (it may have been removed already)." };
    }
    return { status: "success", message: "Removed. Learners no longer see it as assigned." };
  },
});

const nudgeForm = formAction({
  name: "facilitator.nudge",
  schema: SendNudgeSchema,
  access: "facilitator",
  handler: async ({ cohortId, learnerIds, message }, { user }): Promise<FormState> => {
    let result: { sent: number; emailed: number };
    try {
      result = await sendNudges(user, cohortId, learnerIds, message);
    } catch (error) {
      return formErrorFrom(error, { message, learnerIds: learnerIds.join(",") });
    }
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

export async function setInviteLinkAction(previous: FormState, formData: FormData): Promise<FormState> {
  return inviteLinkForm(previous, formData);
}

export async function assignModuleAction(previous: FormState, formData: FormData): Promise<FormState> {
  return assignModuleForm(previous, formData);
}

export async function removeAssignmentAction(previous: FormState, formData: FormData): Promise<FormState> {
  return removeAssignmentForm(previous, formData);
}

export async function sendNudgeAction(previous: FormState, formData: FormData): Promise<FormState> {
  // One checkbox per learner, all named learnerIds; the form wrapper keeps one
  // value per name, so join them first.
  const joined = new FormData();
  for (const [key, value] of formData.entries()) if (key !== "learnerIds") joined.append(key, value);
  joined.set(
    "learnerIds",
    formData
      .getAll("learnerIds")
      .filter((v) => typeof v === "string")
      .join(","),
  );
  return nudgeForm(previous, joined);
}
