"use server";
import { revalidatePath } from "next/cache";
import { changeRole } from "@/lib/admin/accounts";
import { formAction, type FormState } from "@/lib/actions/form-action";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { ChangeRoleSchema } from "./schemas";

const changeRoleForm = formAction({
  name: "admin.change-role",
  schema: ChangeRoleSchema,
  access: "admin",
  handler: async ({ userId, role }, { user }) => {
    const result = await changeRole(user, userId, role);
    if (!result.ok) return { status: "error", message: result.message };
    revalidatePath("/admin");
    return { status: "success", message: `${result.name} is now ${ROLE_LABELS[role].toLowerCase()}.` };
  },
});

export async function changeRoleAction(previous: FormState, formData: FormData): Promise<FormState> {
  return changeRoleForm(previous, formData);
}
