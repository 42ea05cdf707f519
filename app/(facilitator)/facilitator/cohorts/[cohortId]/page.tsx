import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { buttonClass } from "@/components/ui/button";
import { CohortCharts } from "./_components/cohort-charts";
import { requireRole } from "@/lib/auth/session";
import { arrangeLearners, attentionCounts, SORT_LABELS, type SortKey } from "@/lib/cohorts/grid";
import { cohortProgress } from "@/lib/cohorts/progress";
import { unreadSharedByCohort } from "@/lib/notifications/notifications";

import { CohortHeader, cohortHref } from "../../_components/cohort-header";
import { plural } from "../../_lib/format";
import { cohortOr404, cohortTitle } from "../../_lib/load";
import { LearnerCards } from "./_components/learner-cards";
import { LessonGrid } from "./_components/lesson-grid";
import { LessonStateLegend } from "./_components/lesson-state";
import { LEARNERS_PER_PAGE, overviewHref, parseOverview } from "./overview";
import { EmptyState } from "@/components/ui/empty-state";
import { Mail, UserPlus } from "lucide-react";

type Props = {
  params: Promise<{ cohortId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await cohortTitle((await params).cohortId) };
}

const TILE =
  "flex h-full min-h-11 flex-col rounded-lg border border-border bg-surface px-3 py-3 no-underline text-ink hover:bg-surface-muted sm:px-4";
const PILL =
  "inline-flex min-h-11 items-center rounded-md border border-border px-3 py-2 text-sm text-ink no-underline hover:bg-surface-muted aria-[current=true]:border-accent aria-[current=true]:bg-accent-soft aria-[current=true]:font-semibold";

export default async function CohortPage({ params, searchParams }: Props) {
  const { cohortId } = await params;
  const facilitator = await requireRole("facilitator", cohortHref(cohortId));
  const cohort = await cohortOr404(facilitator, cohortId);
  const view = parseOverview(await searchParams);
  const [progress, newShares] = await Promise.all([
    cohortProgress(facilitator, cohortId),
    unreadSharedByCohort(facilitator),
  ]);
  const counts = attentionCounts(progress);
  const shared = newShares.get(cohort.id) ?? 0;
  const arranged = arrangeLearners(progress.learners, view.sort, view.show === "attention");
  const pages = Math.max(1, Math.ceil(arranged.length / LEARNERS_PER_PAGE));
  const page = Math.min(view.page, pages);
  const shown = arranged.slice((page - 1) * LEARNERS_PER_PAGE, page * LEARNERS_PER_PAGE);
  const base = cohortHref(cohort.id);
  const zone = facilitator.timeZone;

  return (
    <div className="flex flex-col gap-8">
      <CohortHeader cohort={cohort} section="overview" title={cohort.name}>
        {cohort.description ? <p className="m-0 whitespace-pre-wrap text-ink-muted">{cohort.description}</p> : null}
        <p className="m-0 text-sm text-ink-muted">
          {plural(cohort.learnerCount, "learner")} · Facilitated by {cohort.facilitators.map((f) => f.name).join(", ")}
        </p>
      </CohortHeader>

      {progress.learners.length === 0 ? (
        <EmptyState
          icon={UserPlus}
          headingLevel={2}
          title="No learners yet"
          action={
            <Link href={cohortHref(cohort.id, "/invitations")} className={buttonClass("primary")}>
              <Mail aria-hidden="true" />
              Invite learners
            </Link>
          }
        >
          <p className="m-0">
            Invite the people you&rsquo;d like in this cohort. As soon as they join, you&rsquo;ll see here how each of
            them is getting on, lesson by lesson.
          </p>
        </EmptyState>
      ) : (
        <>
          <section aria-labelledby="glance-heading" className="flex flex-col gap-3">
            <h2 id="glance-heading" className="m-0 text-2xl font-semibold">
              At a glance
            </h2>
            <ul className="m-0 grid list-none grid-cols-3 gap-2 p-0 sm:gap-3">
              <li>
                <Link href={overviewHref(base, view, { show: "attention" })} className={TILE}>
                  <span className="text-2xl font-semibold tabular-nums">{counts.attention}</span>{" "}
                  <span className="text-sm">
                    {counts.attention === 1 ? "learner needs" : "learners need"} attention
                  </span>
                </Link>
              </li>
              <li>
                <Link href={overviewHref(base, view, { show: "attention" })} className={TILE}>
                  <span className={`text-2xl font-semibold tabular-nums ${counts.overdue > 0 ? "text-danger" : ""}`}>
                    {counts.overdue}
                  </span>{" "}
                  <span className="text-sm">{counts.overdue === 1 ? "learner is" : "learners are"} overdue</span>
                </Link>
              </li>
              <li>
                <Link href={cohortHref(cohort.id, "/reflections")} className={TILE}>
                  <span className="text-2xl font-semibold tabular-nums">{shared}</span>{" "}
                  <span className="text-sm">new shared {shared === 1 ? "reflection" : "reflections"}</span>
                </Link>
              </li>
            </ul>
            {counts.attention > 0 && !cohort.archived ? (
              <p className="m-0 text-sm">
                <Link href={cohortHref(cohort.id, "/nudges")}>Send a kind nudge</Link> to those who are behind.
              </p>
            ) : null}
          </section>

          <section aria-labelledby="charts-heading" className="flex flex-col gap-3">
            <h2 id="charts-heading" className="m-0 text-2xl font-semibold">
              Where the cohort is
            </h2>
            <CohortCharts progress={progress} idPrefix="overview" />
          </section>

          <section aria-labelledby="learners-heading" id="learners" className="flex scroll-mt-4 flex-col gap-3">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <h2 id="learners-heading" className="m-0 text-2xl font-semibold">
                Learners
              </h2>
              <div className="flex flex-wrap gap-2">
                <Link href={cohortHref(cohort.id, "/summary")} className={buttonClass("secondary")}>
                  Printable summary
                </Link>
                <a href={cohortHref(cohort.id, "/progress.csv")} download className={buttonClass("secondary")}>
                  Download CSV
                </a>
              </div>
            </div>
            <p className="m-0 text-ink-muted">
              You see which lessons each learner has opened and finished, never what they wrote. Their answers stay
              private unless they share one with this cohort.
              {progress.assignments.length === 0 ? (
                <>
                  {" "}
                  Nothing is assigned yet: <Link href={cohortHref(cohort.id, "/assignments")}>assign a module</Link> to
                  give it a due date.
                </>
              ) : null}
            </p>
            <div className="flex flex-col gap-2">
              <nav aria-label="Which learners" className="flex flex-wrap items-center gap-2">
                <Link
                  href={overviewHref(base, view, { show: "all" })}
                  aria-current={view.show === "all" ? "true" : undefined}
                  className={PILL}
                >
                  Everyone ({progress.learners.length})
                </Link>
                <Link
                  href={overviewHref(base, view, { show: "attention" })}
                  aria-current={view.show === "attention" ? "true" : undefined}
                  className={PILL}
                >
                  Needs attention ({counts.attention})
                </Link>
              </nav>
              <nav aria-label="Sort learners" className="flex flex-wrap items-center gap-2">
                <span className="text-sm text-ink-muted">Sort by</span>
                {(Object.keys(SORT_LABELS) as SortKey[]).map((key) => (
                  <Link
                    key={key}
                    href={overviewHref(base, view, { sort: key })}
                    aria-current={view.sort === key ? "true" : undefined}
                    className={PILL}
                  >
                    {SORT_LABELS[key]}
                  </Link>
                ))}
              </nav>
            </div>
            <LessonStateLegend />
            {shown.length === 0 ? (
              <p className="m-0 rounded-md border border-dashed border-border p-4">
                Nobody needs attention right now: no one is overdue, about to start late, or quiet for two weeks.
              </p>
            ) : (
              <>
                <div className="hidden lg:block lg:relative lg:left-1/2 lg:w-[min(78rem,calc(100vw-3rem))] lg:-translate-x-1/2">
                  <LessonGrid cohortId={cohort.id} progress={progress} learners={shown} readerZone={zone} />
                </div>
                <div className="lg:hidden">
                  <LearnerCards cohortId={cohort.id} progress={progress} learners={shown} readerZone={zone} />
                </div>
              </>
            )}
            {pages > 1 ? (
              <nav aria-label="Pages of learners" className="flex flex-wrap items-center gap-3">
                <span className="text-sm text-ink-muted">
                  Learners {(page - 1) * LEARNERS_PER_PAGE + 1}–{Math.min(page * LEARNERS_PER_PAGE, arranged.length)} of{" "}
                  {arranged.length}
                </span>
                {page > 1 ? (
                  <Link href={overviewHref(base, view, { page: page - 1 })} className={PILL}>
                    Previous {LEARNERS_PER_PAGE}
                  </Link>
                ) : null}
                {page < pages ? (
                  <Link href={overviewHref(base, view, { page: page + 1 })} className={PILL}>
                    Next {Math.min(LEARNERS_PER_PAGE, arranged.length - page * LEARNERS_PER_PAGE)}
                  </Link>
                ) : null}
              </nav>
            ) : null}
          </section>
        </>
      )}
    </div>
  );
}
