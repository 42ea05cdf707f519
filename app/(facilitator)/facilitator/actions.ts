"use server";
// Creating a cohort. The data layer checks the role again and makes the
// creator its first facilitator.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction, type FormState } from "@/lib/actions/form-action";
import { createCohort } from "@/lib/cohorts/cohorts";
import { formErrorFrom } from "./_lib/load";
import { CreateCohortSchema } from "./schemas";

const createCohortForm = formAction({
  name: "facilitator.create-cohort",
  schema: CreateCohortSchema,
  access: "facilitator",
  handler: async (input, { user }): Promise<FormState> => {
    let cohortId: string;
    try {
      cohortId = await createCohort(user, input);
    } catch (error) {
      return formErrorFrom(error, input);
    }
    revalidatePath("/facilitator");
    redirect(`/facilitator/cohorts/${encodeURIComponent(cohortId)}?created=1`);
  },
});

export async function createCohortAction(previous: FormState, formData: FormData): Promise<FormState> {
  return createCohortForm(previous, formData);
}
