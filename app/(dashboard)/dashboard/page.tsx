import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { ProgressBar } from "@/components/course/progress-bar";
import { CalendarCheck } from "lucide-react";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/form-message";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { listMyCohorts } from "@/lib/cohorts/cohorts";
import { getCourse } from "@/lib/course/catalog";
import { STATUS_LABELS, type AssignmentStatus } from "@/lib/cohorts/due";
import { dashboardFor } from "@/lib/dashboard/dashboard";
import { dueText, formatDate, sameZone } from "@/lib/time/format";
import { ContinueCard } from "./_components/continue-card";
import { markNudgesRead } from "@/lib/cohorts/nudges";
import { DismissNudgeForm } from "./_components/dismiss-nudge-form";
import { FacilitatingCard } from "./_components/facilitating-card";
import { LookBacksDue } from "./_components/look-backs-due";
import { LeaveCohortForm } from "./_components/leave-cohort-form";

export const metadata: Metadata = { title: "Your dashboard" };

const STATUS_STYLE: Record<AssignmentStatus, string> = {
  overdue: "border-danger bg-danger-soft",
  "due-soon": "border-accent bg-warning-soft",
  "in-progress": "border-border bg-surface-muted",
  "not-started": "border-border bg-surface-muted",
  done: "border-success bg-success-soft",
};

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<{ joined?: string; left?: string }>;
}) {
  const learner = await requireUser("/dashboard");
  const { joined, left } = await searchParams;
  const facilitates = hasRole(learner.role, "facilitator");
  const [{ assignments, cohorts, nudges, newReplies, sharedCounts, progress, lookBacksDue }, facilitating] =
    await Promise.all([dashboardFor(learner), facilitates ? listMyCohorts(learner) : null]);
  // The nudges are in front of the learner now: their facilitators see them as read.
  // (Only those not read before: most visits write nothing.)
  await markNudgesRead(
    learner,
    nudges.filter((n) => n.unread).map((n) => n.id),
  );
  const joinedCohort = cohorts.find((c) => c.id === joined);
  const overdue = assignments.filter((a) => a.status === "overdue");
  const dueSoon = assignments.filter((a) => a.status === "due-soon");

  return (
    <div className="flex flex-col gap-10">
      <header className="flex flex-col gap-2">
        <h1 className="m-0 text-3xl font-semibold">Hello, {learner.name}</h1>
        <p className="m-0 text-ink-muted">Here is where you left off, and what is assigned to you.</p>
      </header>

      {joinedCohort ? <FormMessage tone="success">You joined {joinedCohort.name}. Welcome!</FormMessage> : null}
      {left ? (
        <FormMessage tone="success">
          You left {left.slice(0, 80)}. Any answers you had shared with it are private again. Your progress and
          everything you wrote are still yours.
        </FormMessage>
      ) : null}

      <ContinueCard course={getCourse()} progress={progress} />

      {lookBacksDue.length > 0 ? <LookBacksDue lookBacks={lookBacksDue} zone={learner.timeZone} /> : null}

      {overdue.length + dueSoon.length > 0 ? (
        <div role="note" className="rounded-lg border-l-4 border-danger bg-warning-soft p-4">
          <p className="m-0 font-semibold">
            {[
              overdue.length ? `${overdue.length} module${overdue.length > 1 ? "s" : ""} overdue` : "",
              dueSoon.length ? `${dueSoon.length} due soon` : "",
            ]
              .filter(Boolean)
              .join(", ")}
            .
          </p>
          <p className="m-0">
            Next up:{" "}
            <Link href={(overdue[0] ?? dueSoon[0])!.continueHref}>{(overdue[0] ?? dueSoon[0])!.moduleTitle}</Link>. A
            few minutes today is enough to keep going.
          </p>
        </div>
      ) : null}

      {nudges.length > 0 ? (
        <section aria-labelledby="nudges" className="flex flex-col gap-3">
          <h2 id="nudges" className="m-0 text-xl font-semibold">
            Messages from your facilitators
          </h2>
          <ul className="m-0 flex list-none flex-col gap-3 p-0">
            {nudges.map((nudge) => (
              <li
                key={nudge.id}
                className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-border bg-surface p-4"
              >
                <div>
                  <p className="m-0 whitespace-pre-wrap">{nudge.message}</p>
                  <p className="m-0 text-sm text-ink-muted">
                    {nudge.fromName}, {nudge.cohortName} · {formatDate(nudge.createdAt, learner.timeZone)}
                  </p>
                </div>
                <DismissNudgeForm nudgeId={nudge.id} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {facilitating ? <FacilitatingCard cohorts={facilitating} /> : null}

      <section aria-labelledby="assigned" className="flex flex-col gap-3">
        <h2 id="assigned" className="m-0 text-xl font-semibold">
          Assigned to you
        </h2>
        {assignments.length === 0 ? (
          <EmptyState icon={CalendarCheck} title="Nothing is assigned to you yet.">
            <p className="m-0">
              {cohorts.length === 0 ? "If a facilitator sends you an invite link, open it to join their cohort. " : ""}
              You can always <Link href="/learn">work through the course at your own pace</Link>.
            </p>
          </EmptyState>
        ) : (
          <ol className="m-0 flex list-none flex-col gap-3 p-0">
            {assignments.map((a) => (
              <li
                key={`${a.cohortId}-${a.id}`}
                className={`flex flex-col gap-2 rounded-lg border-l-4 p-4 ${STATUS_STYLE[a.status]}`}
              >
                {/* The status keeps its place on the right; a long title wraps beside it instead. */}
                <div className="flex items-baseline justify-between gap-3">
                  <h3 className="m-0 min-w-0 text-lg font-semibold">
                    Module {a.moduleNumber}: {a.moduleTitle}
                  </h3>
                  <span className="shrink-0 font-semibold">{STATUS_LABELS[a.status]}</span>
                </div>
                <p className="m-0 text-sm">
                  {a.cohortName} · {a.facilitators.join(", ")} ·{" "}
                  {a.due ? (
                    <time
                      dateTime={a.due.at.toISOString()}
                      // "Due Tuesday, December 8" stays whole on a phone; the longer form with the cohort's zone may wrap.
                      className={sameZone(a.cohortTimeZone, learner.timeZone) ? "whitespace-nowrap" : undefined}
                    >
                      {dueText({ day: a.due.day, cohortZone: a.cohortTimeZone, readerZone: learner.timeZone })}
                    </time>
                  ) : (
                    "No due date"
                  )}
                </p>
                <ProgressBar label={`Module ${a.moduleNumber} progress`} completed={a.completed} total={a.total} />
                {a.status !== "done" ? (
                  <div>
                    <ButtonLink href={a.continueHref} variant="secondary">
                      {a.completed > 0 ? "Continue" : "Start"} module {a.moduleNumber}
                    </ButtonLink>
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        )}
        {assignments.length > 0 ? (
          <p className="m-0">
            <Link href="/account#your-calendar">Add due dates to your calendar</Link>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="course" className="flex flex-col gap-3">
        <h2 id="course" className="m-0 text-xl font-semibold">
          The whole course
        </h2>
        <ProgressBar
          label="Your progress in the course"
          completed={progress.course.completed}
          total={progress.course.total}
        />
        <p className="m-0">
          <Link href="/learn">See every module and lesson</Link>
        </p>
      </section>

      <section aria-labelledby="journal" className="flex flex-col gap-2">
        <h2 id="journal" className="m-0 text-xl font-semibold">
          Your journal
        </h2>
        <p className="m-0">
          {newReplies > 0 ? (
            <>
              <strong>
                {newReplies} new {newReplies === 1 ? "reply" : "replies"}
              </strong>{" "}
              to answers you shared. <Link href="/journal">Read in your journal</Link>
            </>
          ) : (
            <>
              Everything you have written, with dates. <Link href="/journal">Open your journal</Link>
            </>
          )}
        </p>
      </section>

      {cohorts.length > 0 ? (
        <section aria-labelledby="cohorts" className="flex flex-col gap-3">
          <h2 id="cohorts" className="m-0 text-xl font-semibold">
            Your cohorts
          </h2>
          <ul className="m-0 flex list-none flex-col gap-3 p-0">
            {cohorts.map((cohort) => (
              <li key={cohort.id} className="flex flex-col gap-2 rounded-lg border border-border bg-surface p-4">
                <p className="m-0 font-semibold">
                  {cohort.name}
                  {cohort.archived ? <span className="ml-2 text-sm font-normal text-ink-muted">(archived)</span> : null}
                </p>
                <p className="m-0 text-sm text-ink-muted">
                  Facilitated by {cohort.facilitators.join(", ")} ·{" "}
                  <span className="whitespace-nowrap">joined {formatDate(cohort.joinedAt, learner.timeZone)}</span>
                </p>
                <p className="m-0 text-sm">
                  <SharedWithCohort count={sharedCounts.get(cohort.id) ?? 0} archived={cohort.archived} />
                </p>
                <div>
                  <LeaveCohortForm cohortId={cohort.id} cohortName={cohort.name} />
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** How much of what the learner wrote a cohort can read, in words. */
function SharedWithCohort({ count, archived }: { count: number; archived: boolean }) {
  if (count === 0) return <>Nothing you wrote is shared with this cohort.</>;
  const what = count === 1 ? "One answer is" : `${count} answers are`;
  return (
    <>
      {what} shared with this cohort
      {archived ? `, though no one there can read ${count === 1 ? "it" : "them"} while it is archived` : ""}.{" "}
      <Link href="/journal?visibility=shared">See what you shared</Link>
    </>
  );
}
