import type { Metadata } from "next";
import Link from "next/link";
import { FormMessage } from "@/components/ui/form-message";
import { buttonClass } from "@/components/ui/button";
import { requireRole } from "@/lib/auth/session";
import { behindLearners } from "@/lib/cohorts/behind";
import { cohortProgress } from "@/lib/cohorts/progress";
import { getCourse } from "@/lib/course/catalog";
import { CohortHeader, cohortHref } from "../../_components/cohort-header";
import { dayIn } from "@/lib/time/calendar";
import { cohortOr404, cohortTitle } from "../../_lib/load";
import { appOrigin, inviteLink } from "../../_lib/origin";
import { AssignForm } from "./_components/assign-form";
import { AssignmentList } from "./_components/assignment-list";
import { CompletionChart } from "./_components/completion-chart";
import { InviteLinkCard } from "./_components/invite-link-card";
import { NudgeForm } from "./_components/nudge-form";
import { ProgressTable } from "./_components/progress-table";
import { DUE_DAYS_MAX, DUE_DAYS_MIN, NUDGE_MAX_CHARS } from "./schemas";
import { currentTime } from "@/lib/time/clock";

type Props = { params: Promise<{ cohortId: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await cohortTitle((await params).cohortId) };
}

export default async function CohortPage({ params, searchParams }: Props) {
  const { cohortId } = await params;
  const { created } = await searchParams;
  const facilitator = await requireRole("facilitator", cohortHref(cohortId));
  const cohort = await cohortOr404(facilitator, cohortId);
  const [progress, origin] = await Promise.all([cohortProgress(facilitator, cohortId), appOrigin()]);
  const assignedSlugs = new Set(progress.assignments.map((a) => a.moduleSlug));
  const modules = getCourse().modules.map((m) => ({
    slug: m.slug,
    label: `Module ${m.number}: ${m.title}`,
    assigned: assignedSlugs.has(m.slug),
  }));
  const behind = behindLearners(progress);
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

      {created === "1" ? (
        <FormMessage tone="success">
          Your cohort is ready. Copy the invite link below and send it to the people you&rsquo;d like to join.
        </FormMessage>
      ) : null}

      <InviteLinkCard
        cohortId={cohort.id}
        link={cohort.inviteCode ? inviteLink(origin, cohort.inviteCode) : null}
        archived={cohort.archived}
      />

      <section aria-labelledby="assignments-heading" className="flex flex-col gap-4">
        <h2 id="assignments-heading" className="m-0 text-2xl font-semibold">
          Assignments
        </h2>
        <p className="m-0 text-ink-muted">
          Due dates end at midnight in the cohort&rsquo;s time zone, {cohort.timeZone}. You can change it in{" "}
          <Link href={cohortHref(cohort.id, "/settings")}>settings</Link>.
        </p>
        <AssignmentList
          cohortId={cohort.id}
          assignments={progress.assignments}
          cohortZone={cohort.timeZone}
          readerZone={facilitator.timeZone}
        />
        <div className="flex flex-col gap-3 rounded-lg border border-border bg-surface p-5">
          <h3 className="m-0 text-xl font-semibold">Assign a module</h3>
          <AssignForm
            cohortId={cohort.id}
            modules={modules}
            today={dayIn(currentTime(), cohort.timeZone)}
            daysMin={DUE_DAYS_MIN}
            daysMax={DUE_DAYS_MAX}
          />
        </div>
      </section>

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
            No learners yet. Send them the invite link above; they&rsquo;ll appear here as soon as they join.
          </p>
        ) : progress.assignments.length === 0 ? (
          <p className="m-0 rounded-md border border-dashed border-border p-4">
            {cohort.learnerCount === 1 ? "1 learner has" : `${cohort.learnerCount} learners have`} joined. Assign a
            module above to follow their progress here.
          </p>
        ) : null}
        {hasTable ? (
          <>
            <CompletionChart progress={progress} />
            <ProgressTable progress={progress} readerZone={facilitator.timeZone} />
          </>
        ) : null}
      </section>

      {hasTable && !cohort.archived ? (
        <section aria-labelledby="nudge-heading" className="flex flex-col gap-4">
          <h2 id="nudge-heading" className="m-0 text-2xl font-semibold">
            Nudge learners who are behind
          </h2>
          {behind.length === 0 ? (
            <p className="m-0">Everyone is on track or finished. Nobody needs a nudge right now.</p>
          ) : (
            <>
              <p className="m-0 text-ink-muted">
                These learners have a module that is overdue, due soon or not started yet. A short, kind reminder often
                helps.
              </p>
              <div className="rounded-lg border border-border bg-surface p-5">
                <NudgeForm cohortId={cohort.id} learners={behind} maxChars={NUDGE_MAX_CHARS} />
              </div>
            </>
          )}
        </section>
      ) : null}

      <section aria-labelledby="more-heading" className="flex flex-col gap-2">
        <h2 id="more-heading" className="m-0 text-2xl font-semibold">
          More for this cohort
        </h2>
        <ul className="m-0 flex flex-col gap-1">
          <li>
            <Link href={cohortHref(cohort.id, "/reflections")}>Reflections shared with you</Link>
          </li>
          <li>
            <Link href={cohortHref(cohort.id, "/settings")}>
              Settings: name, time zone, co-facilitators and archiving
            </Link>
          </li>
        </ul>
      </section>
    </div>
  );
}
