import type { Metadata } from "next";
import { PrintButton } from "@/components/ui/print-button";
import { CohortCharts } from "../_components/cohort-charts";
import { requireRole } from "@/lib/auth/session";
import { arrangeLearners, attentionCounts } from "@/lib/cohorts/grid";
import { cohortProgress } from "@/lib/cohorts/progress";
import { currentTime } from "@/lib/time/clock";
import { formatDate } from "@/lib/time/format";
import { CohortHeader, cohortHref } from "../../../_components/cohort-header";
import { dueRuleText, plural } from "../../../_lib/format";
import { cohortOr404, cohortTitle } from "../../../_lib/load";

type Props = { params: Promise<{ cohortId: string }> };

/** Past this many, the summary lists only those who need attention, so it stays on two pages. */
const LISTED_MAX = 30;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await cohortTitle((await params).cohortId, "Summary") };
}

export default async function CohortSummaryPage({ params }: Props) {
  const { cohortId } = await params;
  const facilitator = await requireRole("facilitator", cohortHref(cohortId, "/summary"));
  const cohort = await cohortOr404(facilitator, cohortId);
  const now = currentTime();
  const progress = await cohortProgress(facilitator, cohortId, now);
  const counts = attentionCounts(progress);
  const zone = facilitator.timeZone;
  const lessonsDone = progress.learners.reduce((sum, l) => sum + l.lessonsDone, 0);
  const needing = arrangeLearners(progress.learners, "progress", true);
  const listAll = progress.learners.length <= LISTED_MAX;

  return (
    <div data-summary-page className="flex flex-col gap-6">
      <div className="no-print">
        <CohortHeader cohort={cohort} section="overview" title="Printable summary" below="Summary" />
      </div>
      <div className="no-print flex flex-wrap items-center gap-3">
        <PrintButton>Print the summary</PrintButton>
        <span className="text-sm text-ink-muted">
          One or two pages, for a team meeting. It names no one&rsquo;s answers.
        </span>
      </div>

      <header className="flex flex-col gap-1 border-b border-border pb-3">
        <h2 className="m-0 text-2xl font-semibold break-words">{cohort.name}</h2>
        <p className="m-0 text-sm text-ink-muted">
          Summary as of {formatDate(now, zone)} · Facilitated by {cohort.facilitators.map((f) => f.name).join(", ")}
        </p>
      </header>

      <dl className="m-0 grid grid-cols-2 gap-3 sm:grid-cols-4 print:grid-cols-4">
        {[
          ["Learners", progress.learners.length],
          ["Lessons completed", lessonsDone],
          ["Need attention", counts.attention],
          ["Overdue", counts.overdue],
        ].map(([label, value]) => (
          <div key={label} className="flex flex-col rounded-lg border border-border p-3">
            <dt className="text-sm text-ink-muted">{label}</dt>
            <dd className="m-0 text-2xl font-semibold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>

      <CohortCharts progress={progress} idPrefix="summary" />

      <section aria-labelledby="summary-assigned" className="flex flex-col gap-2" data-print-part="assigned">
        <h2 id="summary-assigned" className="m-0 text-xl font-semibold">
          Assigned modules
        </h2>
        {progress.assignments.length === 0 ? (
          <p className="m-0">Nothing is assigned yet.</p>
        ) : (
          <ul className="m-0 flex flex-col gap-1 pl-5">
            {progress.assignments.map((a, i) => (
              <li key={a.id}>
                Module {a.moduleNumber}: {a.moduleTitle} — {dueRuleText(a, progress.timeZone, zone)};{" "}
                {progress.completion[i]?.done ?? 0} of {plural(progress.learners.length, "learner")} finished
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="summary-attention" className="flex flex-col gap-2">
        <h2 id="summary-attention" className="m-0 text-xl font-semibold">
          Who may need a hand
        </h2>
        {needing.length === 0 ? (
          <p className="m-0">Nobody is overdue, starting late or quiet for two weeks.</p>
        ) : (
          <ul className="m-0 flex flex-col gap-1 pl-5">
            {needing.slice(0, LISTED_MAX).map((l) => (
              <li key={l.userId}>
                <span className="font-medium">{l.name}</span>: {l.attention.map((a) => a.text).join("; ")}
              </li>
            ))}
            {needing.length > LISTED_MAX ? <li>…and {needing.length - LISTED_MAX} more.</li> : null}
          </ul>
        )}
      </section>

      {listAll && progress.learners.length > 0 ? (
        <section aria-labelledby="summary-everyone" className="flex flex-col gap-2">
          <h2 id="summary-everyone" className="m-0 text-xl font-semibold">
            Everyone
          </h2>
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-border">
                <th scope="col" className="py-1 pr-3">
                  Learner
                </th>
                <th scope="col" className="py-1 pr-3 text-right">
                  Lessons
                </th>
                <th scope="col" className="py-1">
                  Last active
                </th>
              </tr>
            </thead>
            <tbody>
              {progress.learners.map((l) => (
                <tr key={l.userId} className="border-b border-border">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {l.name}
                  </th>
                  <td className="py-1 pr-3 text-right tabular-nums">
                    {l.lessonsDone} of {progress.lessons.length}
                  </td>
                  <td className="py-1">{l.lastActivity ? formatDate(l.lastActivity, zone) : "Not yet"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </div>
  );
}
