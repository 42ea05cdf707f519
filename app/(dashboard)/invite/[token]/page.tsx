import type { Metadata } from "next";
import { getUser } from "@/lib/auth/session";
import { invitationInfo } from "@/lib/cohorts/invitations";
import { CohortLinkRefused, CohortWelcome } from "../../_components/cohort-welcome";
import { AcceptForm } from "./_components/accept-form";

// A personal invitation's link (lib/cohorts/invitations.ts), like /join/[code]
// for a cohort's shared link: whoever holds it sees the cohort, and joins
// with it once.
export const metadata: Metadata = { title: "Your invitation", robots: { index: false } };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [info, user] = await Promise.all([invitationInfo(token), getUser()]);
  if (info.status !== "open") {
    return <CohortLinkRefused title="This invitation doesn’t work" message={info.message} />;
  }
  return (
    <CohortWelcome
      cohort={info}
      here={`/invite/${encodeURIComponent(token)}`}
      note="This link is yours: it works once, for whichever account you join with."
      form={user ? <AcceptForm token={token} cohortName={info.name} /> : null}
    />
  );
}
