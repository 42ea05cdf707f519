"use server";
import { revalidatePath } from "next/cache";
import { changeRole, setDisabled } from "@/lib/admin/accounts";
import { formAction, type FormState } from "@/lib/actions/form-action";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { ChangeRoleSchema, SetDisabledSchema } from "./schemas";

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

const setDisabledForm = formAction({
  name: "admin.set-disabled",
  schema: SetDisabledSchema,
  access: "admin",
  handler: async ({ userId, disabled }, { user }) => {
    const result = await setDisabled(user, userId, disabled);
    if (!result.ok) return { status: "error", message: result.message };
    revalidatePath("/admin");
    return {
      status: "success",
      message: disabled ? `${result.name} is disabled and signed out everywhere.` : `${result.name} can sign in again.`,
    };
  },
});

export async function setDisabledAction(previous: FormState, formData: FormData): Promise<FormState> {
  return setDisabledForm(previous, formData);
}
