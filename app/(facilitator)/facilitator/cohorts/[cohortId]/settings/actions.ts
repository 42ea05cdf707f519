"use server";
// A cohort's settings. The data layer checks that the caller facilitates the
// cohort, that a new co-facilitator has the role, and that one facilitator
// always remains.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction, type FormState } from "@/lib/actions/form-action";
import { addCoFacilitator, removeCoFacilitator, setArchived, updateCohort } from "@/lib/cohorts/cohorts";
import { AddCoFacilitatorSchema, ArchiveCohortSchema, RemoveCoFacilitatorSchema, UpdateCohortSchema } from "./schemas";

function refresh(): void {
  revalidatePath("/facilitator", "layout");
}

export const updateCohortAction = formAction({
  name: "facilitator.update-cohort",
  schema: UpdateCohortSchema,
  access: "facilitator",
  handler: async ({ cohortId, name, description, timeZone }, { user }): Promise<FormState> => {
    await updateCohort(user, cohortId, { name, description, timeZone });
    refresh();
    return {
      status: "success",
      message: "Saved. Learners see the new name, description and time zone from now on.",
    };
  },
});

export const archiveCohortAction = formAction({
  name: "facilitator.archive-cohort",
  schema: ArchiveCohortSchema,
  access: "facilitator",
  handler: async ({ cohortId, archived }, { user }): Promise<FormState> => {
    await setArchived(user, cohortId, archived);
    refresh();
    return {
      status: "success",
      message: archived
        ? "The cohort is archived. You can bring it back here at any time."
        : "The cohort is active again. Its invite link, assignments and shared reflections are back.",
    };
  },
});

export const addCoFacilitatorAction = formAction({
  name: "facilitator.add-co-facilitator",
  schema: AddCoFacilitatorSchema,
  access: "facilitator",
  handler: async ({ cohortId, email }, { user }): Promise<FormState> => {
    const added = await addCoFacilitator(user, cohortId, email);
    refresh();
    return { status: "success", message: `${added.name} now facilitates this cohort with you.` };
  },
});

export const removeCoFacilitatorAction = formAction({
  name: "facilitator.remove-co-facilitator",
  schema: RemoveCoFacilitatorSchema,
  access: "facilitator",
  handler: async ({ cohortId, userId }, { user }): Promise<FormState> => {
    // Whether or not they still facilitated it, the page redraws.
    refresh();
    await removeCoFacilitator(user, cohortId, userId);
    // Having stepped down, the cohort is no longer theirs to see.
    if (userId === user.id) redirect("/facilitator");
    return { status: "success", message: "Removed. They no longer see this cohort." };
  },
});
