import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { getUser } from "@/lib/auth/session";
import { invitationInfo } from "@/lib/cohorts/invitations";
import { formatList } from "@/lib/cohorts/visibility";
import { AcceptForm } from "./_components/accept-form";

// A personal invitation's link (lib/cohorts/invitations.ts), like /join/[code]
// for a cohort's shared link: whoever holds it sees the cohort, and joins
// with it once.
export const metadata: Metadata = { title: "Your invitation", robots: { index: false } };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [info, user] = await Promise.all([invitationInfo(token), getUser()]);
  const here = `/invite/${encodeURIComponent(token)}`;
  if (info.status !== "open") {
    return (
      <div className="mx-auto flex max-w-xl flex-col gap-4">
        <h1 className="m-0 text-3xl font-semibold">This invitation doesn&rsquo;t work</h1>
        <FormMessage tone="error">{info.message}</FormMessage>
        <p className="m-0">
          You can still <Link href="/learn">read the course on your own</Link>.
        </p>
      </div>
    );
  }
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-5">
      <p className="m-0 text-sm font-semibold tracking-wide text-accent uppercase">You&rsquo;re invited</p>
      <h1 className="m-0 text-3xl font-semibold">Join {info.name}</h1>
      {info.description ? <p className="m-0 whitespace-pre-wrap">{info.description}</p> : null}
      <p className="m-0 text-ink-muted">
        {info.facilitators.length > 0 ? `Facilitated by ${formatList(info.facilitators)}. ` : ""}
        {info.facilitators.length === 1
          ? "Your facilitator"
          : info.facilitators.length > 1
            ? "They"
            : "Its facilitators"}{" "}
        will see your progress through the modules they assign.
      </p>
      <p className="m-0 text-ink-muted">
        Your answers stay private: joining shows this cohort nothing you have written. Later you can share a single
        answer with it if you choose. You&rsquo;ll see who can read it before you do, and you can stop sharing at any
        time.
      </p>
      <p className="m-0 text-ink-muted">This link is yours: it works once, for whichever account you join with.</p>
      {user ? (
        <AcceptForm token={token} cohortName={info.name} />
      ) : (
        <div className="flex flex-wrap gap-3">
          <ButtonLink href={`/sign-up?redirectTo=${encodeURIComponent(here)}`}>Create an account to join</ButtonLink>
          <ButtonLink href={`/sign-in?redirectTo=${encodeURIComponent(here)}`} variant="secondary">
            Sign in to join
          </ButtonLink>
        </div>
      )}
    </div>
  );
}
