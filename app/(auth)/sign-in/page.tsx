import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AFTER_SIGN_IN, getUser, safeRedirectPath } from "@/lib/auth/session";
import { FormMessage } from "@/components/ui/form-message";
import { CredentialsForm } from "../_components/credentials-form";

export const metadata: Metadata = { title: "Sign in", description: "Sign in to keep your progress and reflections." };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ redirectTo?: string; signedOut?: string }>;
}) {
  const params = await searchParams;
  const redirectTo = safeRedirectPath(params.redirectTo, AFTER_SIGN_IN);
  if (await getUser()) redirect(redirectTo);
  return (
    <div className="mx-auto max-w-md">
      {params.signedOut ? (
        <div className="mb-6">
          <FormMessage tone="success">You&rsquo;re signed out. See you next time.</FormMessage>
        </div>
      ) : null}
      <h1 className="mb-2 text-3xl font-semibold">Sign in</h1>
      <p className="mb-8 text-ink-muted">Welcome back. Your reflections are waiting where you left them.</p>
      <CredentialsForm mode="sign-in" redirectTo={redirectTo} />
    </div>
  );
}
