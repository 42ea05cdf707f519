"use server";
// Creating a cohort. The data layer checks the role again and makes the
// creator its first facilitator.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction, type FormState } from "@/lib/actions/form-action";
import { createCohort } from "@/lib/cohorts/cohorts";
import { CreateCohortSchema } from "./schemas";

export const createCohortAction = formAction({
  name: "facilitator.create-cohort",
  schema: CreateCohortSchema,
  access: "facilitator",
  handler: async (input, { user }): Promise<FormState> => {
    const cohortId = await createCohort(user, input);
    revalidatePath("/facilitator");
    redirect(`/facilitator/cohorts/${encodeURIComponent(cohortId)}/invitations?created=1`);
  },
});
