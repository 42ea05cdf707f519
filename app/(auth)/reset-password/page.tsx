import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { findResetTarget } from "@/lib/auth/password-reset";
import { ResetPasswordForm } from "./_components/reset-password-form";
import { RESET_LINK_EXPIRED } from "./schemas";
import { EmailAddress } from "@/components/ui/email-address";

// The token stays on this page: no Referer carries it to another.
export const metadata: Metadata = {
  title: "Choose a new password",
  robots: { index: false },
  referrer: "no-referrer",
};

/**
 * Opened from a reset link. Showing it only reads (mail scanners open links
 * first); the link is spent when the new password is saved.
 */
export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const raw = (await searchParams).token;
  const token = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  const target = token ? await findResetTarget(token) : null;
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="m-0 text-3xl font-semibold">Choose a new password</h1>
      {target ? (
        <>
          <p className="m-0 text-ink-muted">
            For the account{" "}
            <strong className="text-ink">
              <EmailAddress email={target.email} />
            </strong>
            . Once it’s saved, you’ll be signed out everywhere and can sign in with the new one.
          </p>
          <ResetPasswordForm token={token} email={target.email} />
        </>
      ) : (
        <>
          <p className="m-0">{RESET_LINK_EXPIRED}</p>
          <ButtonLink href="/forgot-password" className="w-fit">
            Ask for a new link
          </ButtonLink>
        </>
      )}
    </div>
  );
}
