import type { Metadata } from "next";
import { FormMessage } from "@/components/ui/form-message";
import { requireRole } from "@/lib/auth/session";
import { DEFAULT_INVITATION_DAYS, listInvitations } from "@/lib/cohorts/invitations";
import { mailConfigured } from "@/lib/mail/mailer";
import { CohortHeader, cohortHref } from "../../../_components/cohort-header";
import { cohortOr404, cohortTitle } from "../../../_lib/load";
import { appOrigin, inviteLink } from "../../../_lib/origin";
import { InviteLinkCard } from "../_components/invite-link-card";
import { InvitationList } from "./_components/invitation-list";
import { InviteByEmailForm } from "./_components/invite-by-email-form";
import { INVITATION_DAY_CHOICES, INVITE_ADDRESSES_MAX, INVITE_INPUT_MAX_CHARS } from "./schemas";

type Props = { params: Promise<{ cohortId: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await cohortTitle((await params).cohortId, "Invitations") };
}

const CARD = "flex flex-col gap-4 rounded-lg border border-border bg-surface p-5";

export default async function CohortInvitationsPage({ params, searchParams }: Props) {
  const { cohortId } = await params;
  const { created } = await searchParams;
  const facilitator = await requireRole("facilitator", cohortHref(cohortId, "/invitations"));
  const cohort = await cohortOr404(facilitator, cohortId);
  const [origin, invitations] = await Promise.all([appOrigin(), listInvitations(facilitator, cohort.id)]);
  const emailOn = mailConfigured();
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
      <section aria-labelledby="personal-heading" className={CARD}>
        <h2 id="personal-heading" className="m-0 text-2xl font-semibold">
          Invite people by email
        </h2>
        {cohort.archived ? (
          <p className="m-0">
            This cohort is archived, so it can&rsquo;t send invitations, and the ones already sent don&rsquo;t let
            anyone in. Bring it back from its settings to invite people again.
          </p>
        ) : (
          <>
            <p className="m-0 text-ink-muted">
              Each person gets a link of their own instead of the shared one. It works once, so it can&rsquo;t travel
              further than you meant, and you can take it back here.
            </p>
            <InviteByEmailForm
              cohortId={cohort.id}
              emailOn={emailOn}
              dayChoices={INVITATION_DAY_CHOICES}
              defaultDays={String(DEFAULT_INVITATION_DAYS)}
              maxAddresses={INVITE_ADDRESSES_MAX}
              maxChars={INVITE_INPUT_MAX_CHARS}
            />
          </>
        )}
        <InvitationList
          cohortId={cohort.id}
          invitations={invitations}
          zone={facilitator.timeZone}
          emailOn={emailOn}
          archived={cohort.archived}
        />
      </section>
    </div>
  );
}
