import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { connection } from "next/server";
import { mailConfigured } from "@/lib/mail/mailer";
import { ForgotPasswordForm } from "./_components/forgot-password-form";
import { NO_EMAIL_MESSAGE } from "./schemas";

export const metadata: Metadata = {
  title: "Forgot your password?",
  description: "Get a link to choose a new password.",
};

export default async function ForgotPasswordPage() {
  // Whether email is set up is read when the page is asked for, not at build time.
  await connection();
  const canEmail = mailConfigured();
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="m-0 text-3xl font-semibold">Forgot your password?</h1>
        {canEmail ? (
          <p className="m-0 text-ink-muted">
            It happens. Type the email address you sign in with, and we’ll send you a link to choose a new password.
            Your reflections and progress stay just as they are.
          </p>
        ) : null}
      </div>
      {canEmail ? <ForgotPasswordForm /> : <p className="m-0">{NO_EMAIL_MESSAGE}</p>}
      <p className="m-0">
        Remembered it? <Link href="/sign-in">Back to sign in</Link>
      </p>
    </div>
  );
}
