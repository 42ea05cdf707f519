"use server";
// The account page's settings. Each writes only the signed-in person's row.
import { revalidatePath } from "next/cache";
import { InvalidTimeZoneError, setMyTimeZone } from "@/lib/account/time-zone";
import { formAction, type FormState } from "@/lib/actions/form-action";
import { SetTimeZoneSchema } from "./schemas";

const setTimeZoneForm = formAction({
  name: "account.set-time-zone",
  schema: SetTimeZoneSchema,
  access: "signed-in",
  handler: async ({ timeZone }, { user }): Promise<FormState> => {
    try {
      await setMyTimeZone(user, timeZone);
    } catch (error) {
      if (error instanceof InvalidTimeZoneError) {
        return { status: "error", message: error.message, fieldErrors: { timeZone: [error.message] } };
      }
      throw error;
    }
    // Every page shows dates in it.
    revalidatePath("/", "layout");
    return { status: "success", message: `Saved. Dates are now shown in ${timeZone} time.` };
  },
});

export async function setTimeZoneAction(previous: FormState, formData: FormData): Promise<FormState> {
  return setTimeZoneForm(previous, formData);
}
