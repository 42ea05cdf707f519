"use server";
// Deleting one's own account: confirmed by typing the account's email
// address, then everything is deleted in one transaction and the browser's
// session cookies are cleared (the session rows are already gone).
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { deleteAccount } from "@/lib/account/delete-account";
import { formAction, type FormState } from "@/lib/actions/form-action";
import { log } from "@/lib/log/logger";
import { DeleteAccountSchema, WRONG_EMAIL_MESSAGE } from "./schemas";

// better-auth's cookies are named "itt.…" (cookiePrefix in lib/auth/auth.ts),
// with "__Secure-" in front when the site runs on https.
const AUTH_COOKIE = /^(?:__Secure-|__Host-)?itt\./;

async function clearAuthCookies(): Promise<void> {
  const jar = await cookies();
  for (const cookie of jar.getAll()) {
    if (!AUTH_COOKIE.test(cookie.name)) continue;
    // A __Secure- cookie can only be overwritten by a Secure one.
    jar.set(cookie.name, "", {
      maxAge: 0,
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      secure: cookie.name.startsWith("__"),
    });
  }
}

export const deleteAccountAction = formAction({
  name: "account.delete",
  schema: DeleteAccountSchema,
  access: "signed-in",
  handler: async ({ email }, { user }): Promise<FormState> => {
    if (email !== user.email.trim().toLowerCase()) {
      return {
        status: "error",
        message: WRONG_EMAIL_MESSAGE,
        fieldErrors: { email: [WRONG_EMAIL_MESSAGE] },
        values: { email },
      };
    }
    const deleted = await deleteAccount(user);
    log.info("account.deleted", { userId: user.id, reflections: deleted.reflections });
    await clearAuthCookies();
    redirect("/goodbye");
  },
});
