import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { requireRole } from "@/lib/auth/session";
import { cohortProgress } from "@/lib/cohorts/progress";
import { CohortHeader, cohortHref } from "../../_components/cohort-header";
import { cohortOr404, cohortTitle } from "../../_lib/load";
import { CompletionChart } from "./_components/completion-chart";
import { ProgressTable } from "./_components/progress-table";

type Props = { params: Promise<{ cohortId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await cohortTitle((await params).cohortId) };
}

export default async function CohortPage({ params }: Props) {
  const { cohortId } = await params;
  const facilitator = await requireRole("facilitator", cohortHref(cohortId));
  const cohort = await cohortOr404(facilitator, cohortId);
  const progress = await cohortProgress(facilitator, cohortId);
  const hasTable = progress.learners.length > 0 && progress.assignments.length > 0;

  return (
    <div className="flex flex-col gap-10">
      <CohortHeader cohort={cohort} section="overview" title={cohort.name}>
        {cohort.description ? <p className="m-0 whitespace-pre-wrap text-ink-muted">{cohort.description}</p> : null}
        <p className="m-0 text-sm text-ink-muted">
          {cohort.learnerCount === 1 ? "1 learner" : `${cohort.learnerCount} learners`} · Facilitated by{" "}
          {cohort.facilitators.map((f) => f.name).join(", ")}
        </p>
      </CohortHeader>

      <section aria-labelledby="progress-heading" className="flex flex-col gap-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="progress-heading" className="m-0 text-2xl font-semibold">
            Progress
          </h2>
          {progress.learners.length > 0 ? (
            <a href={cohortHref(cohort.id, "/progress.csv")} download className={buttonClass("secondary")}>
              Download CSV
            </a>
          ) : null}
        </div>
        <p className="m-0 text-ink-muted">
          You see which lessons each learner has finished, never what they wrote. Their answers stay private unless they
          choose to share one with this cohort.
        </p>
        {progress.learners.length === 0 ? (
          <p className="m-0 rounded-md border border-dashed border-border p-4">
            No learners yet. Invite them from <Link href={cohortHref(cohort.id, "/invitations")}>Invitations</Link>;
            they&rsquo;ll appear here as soon as they join.
          </p>
        ) : progress.assignments.length === 0 ? (
          <p className="m-0 rounded-md border border-dashed border-border p-4">
            {cohort.learnerCount === 1 ? "1 learner has" : `${cohort.learnerCount} learners have`} joined. Assign a
            module in <Link href={cohortHref(cohort.id, "/assignments")}>Assignments</Link> to follow their progress
            here.
          </p>
        ) : null}
        {hasTable ? (
          <>
            <CompletionChart progress={progress} />
            <ProgressTable progress={progress} readerZone={facilitator.timeZone} />
          </>
        ) : null}
      </section>
    </div>
  );
}
