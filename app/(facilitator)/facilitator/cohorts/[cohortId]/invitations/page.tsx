import type { Metadata } from "next";
import { FormMessage } from "@/components/ui/form-message";
import { requireRole } from "@/lib/auth/session";
import { CohortHeader, cohortHref } from "../../../_components/cohort-header";
import { cohortOr404, cohortTitle } from "../../../_lib/load";
import { appOrigin, inviteLink } from "../../../_lib/origin";
import { InviteLinkCard } from "../_components/invite-link-card";

type Props = { params: Promise<{ cohortId: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await cohortTitle((await params).cohortId, "Invitations") };
}

export default async function CohortInvitationsPage({ params, searchParams }: Props) {
  const { cohortId } = await params;
  const { created } = await searchParams;
  const facilitator = await requireRole("facilitator", cohortHref(cohortId, "/invitations"));
  const cohort = await cohortOr404(facilitator, cohortId);
  const origin = await appOrigin();
  return (
    <div className="flex flex-col gap-8">
      <CohortHeader cohort={cohort} section="invitations" title="Invitations" />
      {created === "1" ? (
        <FormMessage tone="success">
          Your cohort is ready. Invite the people you&rsquo;d like in it, then assign them a module.
        </FormMessage>
      ) : null}
      <InviteLinkCard
        cohortId={cohort.id}
        link={cohort.inviteCode ? inviteLink(origin, cohort.inviteCode) : null}
        archived={cohort.archived}
      />
    </div>
  );
}
