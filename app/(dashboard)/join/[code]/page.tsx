import type { Metadata } from "next";
import { getUser } from "@/lib/auth/session";
import { inviteInfo } from "@/lib/cohorts/membership";
import { CohortLinkRefused, CohortWelcome } from "../../_components/cohort-welcome";
import { JoinForm } from "./_components/join-form";

export const metadata: Metadata = { title: "Join a cohort", robots: { index: false } };

export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const [info, user] = await Promise.all([inviteInfo(code), getUser()]);
  if (info.status !== "open") {
    return <CohortLinkRefused title="This invite link doesn’t work" message={info.message} />;
  }
  return (
    <CohortWelcome
      cohort={info}
      here={`/join/${encodeURIComponent(code)}`}
      form={user ? <JoinForm code={code} cohortName={info.name} /> : null}
    />
  );
}
