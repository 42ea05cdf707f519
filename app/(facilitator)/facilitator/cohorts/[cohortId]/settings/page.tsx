import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { TIME_ZONES } from "@/lib/time/zones";
import { zoneOffsets } from "@/lib/time/zone-choices";
import { ActionButtonForm } from "../../../_components/action-button-form";
import { CohortHeader, cohortHref } from "../../../_components/cohort-header";
import { cohortOr404, cohortTitle } from "../../../_lib/load";
import { COHORT_DESCRIPTION_MAX_CHARS, COHORT_NAME_MAX_CHARS } from "../../../schemas";
import { AddCoFacilitatorForm } from "./_components/add-co-facilitator-form";
import { ArchiveForm } from "./_components/archive-form";
import { CohortDetailsForm } from "./_components/cohort-details-form";
import { removeCoFacilitatorAction } from "./actions";
import { ARCHIVE_CONFIRM_VALUE, EMAIL_MAX_CHARS } from "./schemas";

type Props = { params: Promise<{ cohortId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await cohortTitle((await params).cohortId, "Settings") };
}

const CARD = "flex flex-col gap-4 rounded-lg border border-border bg-surface p-5";

export default async function CohortSettingsPage({ params }: Props) {
  const { cohortId } = await params;
  const facilitator = await requireRole("facilitator", cohortHref(cohortId, "/settings"));
  const cohort = await cohortOr404(facilitator, cohortId);
  const onlyOne = cohort.facilitators.length <= 1;
  return (
    <div className="flex flex-col gap-8">
      <CohortHeader cohort={cohort} section="settings" title="Settings" />

      <section aria-labelledby="details-heading" className={CARD}>
        <h2 id="details-heading" className="m-0 text-2xl font-semibold">
          Name, description and time zone
        </h2>
        <CohortDetailsForm
          cohortId={cohort.id}
          name={cohort.name}
          description={cohort.description}
          timeZone={cohort.timeZone}
          zones={zoneOffsets(TIME_ZONES)}
          nameMax={COHORT_NAME_MAX_CHARS}
          descriptionMax={COHORT_DESCRIPTION_MAX_CHARS}
        />
      </section>

      <section aria-labelledby="facilitators-heading" className={CARD}>
        <h2 id="facilitators-heading" className="m-0 text-2xl font-semibold">
          Co-facilitators
        </h2>
        <p className="m-0 text-ink-muted">
          Everyone here runs the cohort with the same rights: they see its progress, read what learners share with it
          and can change these settings.
        </p>
        <ul className="m-0 flex list-none flex-col gap-2 p-0" aria-label="Facilitators of this cohort">
          {cohort.facilitators.map((person) => {
            const isMe = person.id === facilitator.id;
            return (
              <li
                key={person.id}
                className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-border px-4 py-2"
              >
                <span className="font-medium">
                  {person.name}
                  {isMe ? <span className="font-normal text-ink-muted"> (you)</span> : null}
                </span>
                {onlyOne ? (
                  <span className="text-sm text-ink-muted">A cohort needs at least one facilitator.</span>
                ) : (
                  <ActionButtonForm
                    action={removeCoFacilitatorAction}
                    fields={{ cohortId: cohort.id, userId: person.id }}
                    label={isMe ? "Leave cohort" : "Remove"}
                    pendingLabel="Removing…"
                    srContext={isMe ? "(you will no longer see it)" : `${person.name} as a facilitator`}
                  />
                )}
              </li>
            );
          })}
        </ul>
        <AddCoFacilitatorForm cohortId={cohort.id} emailMax={EMAIL_MAX_CHARS} />
      </section>

      <section aria-labelledby="archive-heading" className={CARD}>
        <h2 id="archive-heading" className="m-0 text-2xl font-semibold">
          {cohort.archived ? "Bring the cohort back" : "Archive the cohort"}
        </h2>
        {cohort.archived ? (
          <p className="m-0">
            Unarchiving turns the invite link back on (if it was on), shows the assignments on learners&rsquo;
            dashboards again and lets you read what they share.
          </p>
        ) : (
          <p className="m-0">
            When the group has finished, archive it. Nothing is deleted: learners keep everything they wrote, and you
            can bring the cohort back at any time. While it is archived, nobody can join, its assignments leave
            learners&rsquo; dashboards and the reflections they shared are hidden from you.
          </p>
        )}
        <ArchiveForm cohortId={cohort.id} archived={cohort.archived} confirmValue={ARCHIVE_CONFIRM_VALUE} />
      </section>
    </div>
  );
}
