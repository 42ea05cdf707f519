import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { buttonClass } from "@/components/ui/button";
import { requireRole } from "@/lib/auth/session";
import { TIME_ZONES } from "@/lib/time/zones";
import { zoneOffsets } from "@/lib/time/zone-choices";
import { listMyCohorts } from "@/lib/cohorts/cohorts";
import { attentionCounts } from "@/lib/cohorts/grid";
import { cohortProgress } from "@/lib/cohorts/progress";
import { unreadSharedByCohort } from "@/lib/notifications/notifications";
import { cohortHref } from "./_components/cohort-header";
import { plural } from "./_lib/format";
import { CreateCohortForm } from "./_components/create-cohort-form";
import { COHORT_DESCRIPTION_MAX_CHARS, COHORT_NAME_MAX_CHARS } from "./schemas";
import { EmptyState } from "@/components/ui/empty-state";
import { UsersRound } from "lucide-react";

export const metadata: Metadata = { title: "Your cohorts" };

export default async function FacilitatorPage() {
  const facilitator = await requireRole("facilitator", "/facilitator");
  const [cohorts, newShares] = await Promise.all([listMyCohorts(facilitator), unreadSharedByCohort(facilitator)]);
  // What needs attention in each running cohort (an archived one asks nothing of anyone).
  const overdue = new Map(
    await Promise.all(
      cohorts
        .filter((c) => !c.archived)
        .map(async (c) => [c.id, attentionCounts(await cohortProgress(facilitator, c.id)).overdue] as const),
    ),
  );
  return (
    <div className="flex flex-col gap-10">
      <header className="flex flex-col gap-2">
        <h1 className="m-0 text-3xl font-semibold">Your cohorts</h1>
        <p className="m-0 text-ink-muted">
          A cohort is a group of learners you guide through the course together. Invite them with a link, assign modules
          with due dates, see how they are getting on, and read the reflections they choose to share with you.
        </p>
        <p className="m-0">
          <Link href="/facilitator/guide">Read the facilitator guide</Link>: workshop and four-week plans, discussion
          questions for every lesson, and what to do if someone tells you about harm.
        </p>
      </header>

      <section aria-labelledby="cohorts-heading" className="flex flex-col gap-4">
        <h2 id="cohorts-heading" className="m-0 text-2xl font-semibold">
          Cohorts you facilitate
        </h2>
        {cohorts.length === 0 ? (
          <EmptyState
            icon={UsersRound}
            title={<>You don&rsquo;t facilitate any cohorts yet.</>}
            action={
              <a href="#create-heading" className={buttonClass("primary")}>
                Create your first cohort
              </a>
            }
          >
            <p className="m-0">
              Create your first one below; you&rsquo;ll get an invite link to send to your learners.
            </p>
          </EmptyState>
        ) : (
          <ul className="m-0 flex list-none flex-col gap-3 p-0">
            {cohorts.map((cohort) => (
              <li key={cohort.id} className="rounded-lg border border-border bg-surface p-5">
                <h3 className="m-0 text-xl font-semibold break-words">
                  <Link href={cohortHref(cohort.id)}>{cohort.name}</Link>
                  {cohort.archived ? (
                    <span className="ml-2 inline-block rounded-md bg-surface-muted px-2 py-0.5 align-middle text-sm font-medium text-ink">
                      Archived
                    </span>
                  ) : null}
                </h3>
                {cohort.description ? <p className="m-0 mt-1 text-ink-muted">{cohort.description}</p> : null}
                {!cohort.archived ? (
                  <ul className="m-0 mt-3 flex list-none flex-wrap gap-2 p-0 text-sm" aria-label="Needs your attention">
                    <li>
                      <Link
                        href={cohortHref(cohort.id, "?show=attention#learners")}
                        className={`inline-flex min-h-11 items-center gap-1.5 rounded-md border px-3 py-2 no-underline ${
                          (overdue.get(cohort.id) ?? 0) > 0
                            ? "border-danger bg-danger-soft font-semibold text-danger"
                            : "border-border text-ink"
                        }`}
                      >
                        <span aria-hidden="true">{(overdue.get(cohort.id) ?? 0) > 0 ? "!" : "✓"}</span>
                        {plural(overdue.get(cohort.id) ?? 0, "learner")} overdue
                      </Link>
                    </li>
                    <li>
                      <Link
                        href={cohortHref(cohort.id, "/reflections")}
                        className={`inline-flex min-h-11 items-center gap-1.5 rounded-md border px-3 py-2 no-underline ${
                          (newShares.get(cohort.id) ?? 0) > 0
                            ? "border-accent bg-accent-soft font-semibold text-ink"
                            : "border-border text-ink"
                        }`}
                      >
                        {plural(newShares.get(cohort.id) ?? 0, "new shared reflection")}
                      </Link>
                    </li>
                  </ul>
                ) : null}
                <dl className="m-0 mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                  <dt className="font-medium">Learners</dt>
                  <dd className="m-0">{cohort.learnerCount}</dd>
                  <dt className="font-medium">{cohort.facilitators.length === 1 ? "Facilitator" : "Facilitators"}</dt>
                  <dd className="m-0">{cohort.facilitators.map((f) => f.name).join(", ")}</dd>
                </dl>
              </li>
            ))}
          </ul>
        )}
        <p className="m-0">
          <Link href="/account#your-calendar">Add your cohorts’ due dates to your calendar</Link>
        </p>
      </section>

      <section aria-labelledby="create-heading" className="flex flex-col gap-4">
        <h2 id="create-heading" className="m-0 text-2xl font-semibold">
          Create a cohort
        </h2>
        <p className="m-0 text-ink-muted">
          You&rsquo;ll be its first facilitator, and you can change its name and description later.
        </p>
        <div className="rounded-lg border border-border bg-surface p-5">
          <CreateCohortForm
            nameMax={COHORT_NAME_MAX_CHARS}
            descriptionMax={COHORT_DESCRIPTION_MAX_CHARS}
            zones={zoneOffsets(TIME_ZONES)}
            myZone={facilitator.timeZone ?? null}
          />
        </div>
      </section>
    </div>
  );
}
