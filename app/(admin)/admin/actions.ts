"use server";
import { revalidatePath } from "next/cache";
import { changeRole, setDisabled } from "@/lib/admin/accounts";
import { makeResetLink } from "@/lib/admin/reset-links";
import { sendTestEmail } from "@/lib/admin/instance";
import { formAction, type FormState } from "@/lib/actions/form-action";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { formatDateTime } from "@/lib/time/format";
import { ChangeRoleSchema, MakeResetLinkSchema, SendTestEmailSchema, SetDisabledSchema } from "./schemas";

export const changeRoleAction = formAction({
  name: "admin.change-role",
  schema: ChangeRoleSchema,
  access: "admin",
  handler: async ({ userId, role }, { user }) => {
    const result = await changeRole(user, userId, role);
    revalidatePath("/admin");
    const label = ROLE_LABELS[role].toLowerCase();
    return { status: "success", message: `${result.name} is now ${/^[aeiou]/.test(label) ? "an" : "a"} ${label}.` };
  },
});

export const setDisabledAction = formAction({
  name: "admin.set-disabled",
  schema: SetDisabledSchema,
  access: "admin",
  handler: async ({ userId, disabled }, { user }) => {
    const result = await setDisabled(user, userId, disabled);
    revalidatePath("/admin");
    return {
      status: "success",
      message: disabled ? `${result.name} is disabled and signed out everywhere.` : `${result.name} can sign in again.`,
    };
  },
});

export const makeResetLinkAction = formAction({
  name: "admin.make-reset-link",
  schema: MakeResetLinkSchema,
  access: "admin",
  handler: async ({ userId }, { user }): Promise<FormState> => {
    const result = await makeResetLink(user, userId);
    // Shown this once, in this answer only: nothing keeps the link.
    return {
      status: "success",
      message: `A one-time link for ${result.name} to choose a new password. It works once, until ${formatDateTime(result.expiresAt, user.timeZone)} (24 hours). Copy it now and send it to them yourself: it won’t be shown again.`,
      link: result.url,
    };
  },
});

export const sendTestEmailAction = formAction({
  name: "admin.send-test-email",
  schema: SendTestEmailSchema,
  access: "admin",
  handler: async (_input, { user }): Promise<FormState> => {
    const { to, answer } = await sendTestEmail(user);
    return { status: "success", message: `Sent to ${to}. The mail server answered: “${answer}”.` };
  },
});
