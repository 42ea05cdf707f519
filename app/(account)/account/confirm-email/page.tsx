import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { readEmailChangeLink } from "@/lib/account/email-change";
import { getUser } from "@/lib/auth/session";
import { ConfirmEmailForm } from "./_components/confirm-email-form";
import { CONFIRM_LINK_EXPIRED } from "./schemas";
import { EmailAddress } from "@/components/ui/email-address";

// The token stays on this page: no Referer carries it to another.
export const metadata: Metadata = {
  title: "Confirm your new email address",
  robots: { index: false },
  referrer: "no-referrer",
};

/**
 * Opened from the link in the email sent to the new address. Showing it
 * changes nothing (mail scanners open links too); the button does.
 */
export default async function ConfirmEmailPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[]; confirmed?: string | string[] }>;
}) {
  const params = await searchParams;
  const token = (Array.isArray(params.token) ? params.token[0] : params.token)?.trim() ?? "";
  const [change, user] = await Promise.all([token ? readEmailChangeLink(token) : null, getUser()]);
  if (params.confirmed && !token) {
    return (
      <div className="mx-auto flex max-w-md flex-col gap-6">
        <h1 className="m-0 text-3xl font-semibold">Your email address is changed</h1>
        <FormMessage tone="success" inline>
          {user ? (
            <>
              Done. Your account now uses{" "}
              <strong>
                <EmailAddress email={user.email} />
              </strong>
              : sign in with it from now on.
            </>
          ) : (
            "Done. Your account now uses the new address: sign in with it from now on."
          )}
        </FormMessage>
        <ButtonLink href={user ? "/account" : "/sign-in"} className="w-fit">
          {user ? "Back to your account" : "Sign in"}
        </ButtonLink>
      </div>
    );
  }
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="m-0 text-3xl font-semibold">Confirm your new email address</h1>
      {!change ? (
        <>
          <p className="m-0">{CONFIRM_LINK_EXPIRED}</p>
          <ButtonLink href="/account#your-email" className="w-fit">
            Go to your account
          </ButtonLink>
        </>
      ) : user && user.id !== change.userId ? (
        <p className="m-0">
          This link is for another account, and you’re signed in as {user.name}. Sign out, then open the link again.
        </p>
      ) : (
        <>
          <p className="m-0">
            Sign in to It Takes Two with{" "}
            <strong>
              <EmailAddress email={change.newEmail} />
            </strong>{" "}
            from now on? We’ll let the old address know it changed.
          </p>
          <ConfirmEmailForm token={token} />
        </>
      )}
    </div>
  );
}
