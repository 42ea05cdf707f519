import type { Metadata } from "next";
import { requireRole } from "@/lib/auth/session";
import { behindLearners } from "@/lib/cohorts/behind";
import { NUDGE_REPEAT_HOURS, nudgeHistory, recentlyNudged } from "@/lib/cohorts/nudges";
import { cohortProgress } from "@/lib/cohorts/progress";
import { CohortHeader, cohortHref } from "../../../_components/cohort-header";
import { cohortOr404, cohortTitle } from "../../../_lib/load";
import { NudgeForm } from "../_components/nudge-form";
import { NudgeHistory } from "../_components/nudge-history";
import { NUDGE_MAX_CHARS } from "../schemas";

type Props = { params: Promise<{ cohortId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await cohortTitle((await params).cohortId, "Nudges") };
}

export default async function CohortNudgesPage({ params }: Props) {
  const { cohortId } = await params;
  const facilitator = await requireRole("facilitator", cohortHref(cohortId, "/nudges"));
  const cohort = await cohortOr404(facilitator, cohortId);
  const [progress, history, recent] = await Promise.all([
    cohortProgress(facilitator, cohortId),
    nudgeHistory(facilitator, cohortId),
    recentlyNudged(facilitator, cohortId),
  ]);
  const behind = behindLearners(progress);
  return (
    <div className="flex flex-col gap-8">
      <CohortHeader cohort={cohort} section="nudges" title="Nudges" />
      <section aria-labelledby="nudge-heading" className="flex flex-col gap-4">
        <h2 id="nudge-heading" className="m-0 text-2xl font-semibold">
          Nudge learners who are behind
        </h2>
        {cohort.archived ? (
          <p className="m-0">This cohort is archived, so it can&rsquo;t send nudges.</p>
        ) : behind.length === 0 ? (
          <p className="m-0">Everyone is on track or finished. Nobody needs a nudge right now.</p>
        ) : (
          <>
            <p className="m-0 text-ink-muted">
              These learners have a module that is overdue, due soon or not started yet. A short, kind reminder often
              helps. If someone already had one in the last {NUDGE_REPEAT_HOURS} hours, you&rsquo;ll be asked before
              another goes.
            </p>
            <div className="rounded-lg border border-border bg-surface p-5">
              <NudgeForm
                cohortId={cohort.id}
                learners={behind}
                maxChars={NUDGE_MAX_CHARS}
                recent={Object.fromEntries(recent)}
              />
            </div>
          </>
        )}
      </section>
      <section aria-labelledby="history-heading" className="flex flex-col gap-4">
        <h2 id="history-heading" className="m-0 text-2xl font-semibold">
          Nudges sent
        </h2>
        <p className="m-0 text-ink-muted">
          The latest 100, newest first. A nudge counts as read once the learner has seen it on their dashboard or opened
          its notification.
        </p>
        <NudgeHistory cohortId={cohort.id} nudges={history} readerZone={facilitator.timeZone} />
      </section>
    </div>
  );
}
