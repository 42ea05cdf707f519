import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { getUser } from "@/lib/auth/session";
import { ForgetDrafts } from "./_components/forget-drafts";

export const metadata: Metadata = { title: "Your account is deleted", robots: { index: false } };

export default async function GoodbyePage() {
  // Only someone whose account is gone is told so. Someone signed in who
  // lands here (an old bookmark, the back button) still has an account.
  if (await getUser()) redirect("/account");
  return (
    <div className="flex flex-col gap-6">
      <h1 className="m-0 text-3xl font-semibold">Your account is deleted</h1>
      <p className="m-0">
        Your account and everything in it are gone from It Takes Two: your answers and their earlier versions, your
        progress, and your sign-in details. You are signed out.
      </p>
      <p className="m-0">
        If you downloaded your journal, that copy is yours to keep. Thank you for the work you put into it. Repairing
        trust takes courage, and it takes two.
      </p>
      <div className="flex flex-wrap gap-3">
        <ButtonLink href="/">Back to the start</ButtonLink>
        <ButtonLink href="/sign-up" variant="secondary">
          Create a new account
        </ButtonLink>
      </div>
      <ForgetDrafts />
    </div>
  );
}
