// Opening a notification: marked read, then on to its thing. A plain link, so
// it works without JavaScript and opens in a new tab like any other; someone
// else's, or one gone, leads back to the list with a sentence saying so.
import { redirect } from "next/navigation";
import { getUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors/errors";
import { safeRedirectPath } from "@/lib/http/redirect-path";
import { openNotification } from "@/lib/notifications/notifications";
import { NotificationIdSchema } from "../schemas";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<never> {
  const { id } = await params;
  const user = await getUser();
  if (!user) redirect(`/sign-in?redirectTo=${encodeURIComponent(`/notifications/${encodeURIComponent(id)}`)}`);
  const parsed = NotificationIdSchema.safeParse({ id });
  if (!parsed.success) redirect("/notifications?gone=1");
  let href: string;
  try {
    href = await openNotification(user, parsed.data.id);
  } catch (error) {
    if (isAppError(error)) redirect("/notifications?gone=1");
    throw error;
  }
  redirect(safeRedirectPath(href, "/notifications"));
}
