import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AFTER_SIGN_IN, getUser, safeRedirectPath } from "@/lib/auth/session";
import { CredentialsForm } from "../_components/credentials-form";

export const metadata: Metadata = {
  title: "Create an account",
  description: "Create an account to save your progress and your private reflections.",
};

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ redirectTo?: string }> }) {
  const redirectTo = safeRedirectPath((await searchParams).redirectTo, AFTER_SIGN_IN);
  if (await getUser()) redirect(redirectTo);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-3xl font-semibold">Create an account</h1>
      <p className="mb-8 text-ink-muted">
        An account keeps your progress and what you write. Your reflections are private unless you choose to share one.
      </p>
      <CredentialsForm mode="sign-up" redirectTo={redirectTo} />
    </div>
  );
}
