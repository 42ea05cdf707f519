"use server";
// Notifications: marking them all read (each one is read when opened, by its link).
import { revalidatePath } from "next/cache";
import { formAction, type FormState } from "@/lib/actions/form-action";
import { markAllNotificationsRead } from "@/lib/notifications/notifications";
import { MarkAllReadSchema } from "./schemas";

export const markAllNotificationsReadAction = formAction({
  name: "notifications.read-all",
  schema: MarkAllReadSchema,
  access: "signed-in",
  handler: async (_input, { user }): Promise<FormState> => {
    await markAllNotificationsRead(user);
    revalidatePath("/notifications");
    return { status: "success", message: "All marked as read." };
  },
});
