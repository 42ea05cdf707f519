import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { TimelineChart } from "@/components/charts/timeline-chart";
import { requireRole } from "@/lib/auth/session";
import { nudgeHistory } from "@/lib/cohorts/nudges";
import { learnerProgress } from "@/lib/cohorts/progress";
import { orPageError } from "@/lib/errors/page";
import { currentTime } from "@/lib/time/clock";
import { formatDate, formatDay } from "@/lib/time/format";
import { CohortHeader, cohortHref } from "../../../../_components/cohort-header";
import { plural } from "../../../../_lib/format";
import { cohortOr404, cohortTitle } from "../../../../_lib/load";
import { groupByModule } from "../../_components/grid-html";
import { LessonStateLabel } from "../../_components/lesson-state";
import { NudgeHistory } from "../../_components/nudge-history";

type Props = { params: Promise<{ cohortId: string; learnerId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await cohortTitle((await params).cohortId, "Learner") };
}

export default async function CohortLearnerPage({ params }: Props) {
  const { cohortId, learnerId } = await params;
  const facilitator = await requireRole(
    "facilitator",
    cohortHref(cohortId, `/learners/${encodeURIComponent(learnerId)}`),
  );
  const cohort = await cohortOr404(facilitator, cohortId);
  const now = currentTime();
  const { grid, learner } = await orPageError(learnerProgress(facilitator, cohortId, learnerId, now));
  const nudges = await nudgeHistory(facilitator, cohortId, { learnerId: learner.userId, take: 20 });
  const zone = facilitator.timeZone;
  const completions = grid.lessons
    .map((lesson, i) => ({ lesson, at: learner.lessons[i]?.completedAt ?? null }))
    .filter((c): c is { lesson: (typeof grid.lessons)[number]; at: Date } => c.at !== null)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const dues = learner.cells.flatMap((cell, i) => {
    const a = grid.assignments[i];
    return a && cell.due ? [{ at: cell.due.at, label: `Module ${a.moduleNumber} due ${formatDay(cell.due.day)}` }] : [];
  });
  const end = new Date(Math.max(now.getTime(), ...dues.map((d) => d.at.getTime())));
  const modules = groupByModule(grid);

  return (
    <div className="flex flex-col gap-8">
      <CohortHeader cohort={cohort} section="overview" title={learner.name} below={learner.name}>
        <p className="m-0 text-sm text-ink-muted">
          Joined {formatDate(learner.joinedAt, zone)} ·{" "}
          {learner.lastActivity ? `last active ${formatDate(learner.lastActivity, zone)}` : "not active yet"} ·{" "}
          {learner.lessonsDone} of {plural(grid.lessons.length, "lesson")} complete
        </p>
      </CohortHeader>

      {learner.attention.length ? (
        <section
          aria-labelledby="attention-heading"
          className="flex flex-col gap-2 rounded-lg border-l-4 border-danger bg-danger-soft p-4"
        >
          <h2 id="attention-heading" className="m-0 text-lg font-semibold">
            Needs attention
          </h2>
          <ul className="m-0 pl-5">
            {learner.attention.map((a) => (
              <li key={a.text}>{a.text}</li>
            ))}
          </ul>
          {!cohort.archived ? (
            <p className="m-0">
              <Link href={cohortHref(cohort.id, "/nudges")}>Send a nudge</Link>
            </p>
          ) : null}
        </section>
      ) : null}

      <TimelineChart
        id="timeline-chart"
        title={`${learner.name}’s timeline`}
        description="Each step up is a lesson completed; dashed lines are due dates."
        from={learner.joinedAt}
        to={end}
        fromLabel={`Joined ${formatDate(learner.joinedAt, zone)}`}
        toLabel={end.getTime() > now.getTime() ? `${formatDate(end, zone)}` : "Today"}
        total={grid.lessons.length}
        steps={completions.map((c) => ({
          at: c.at,
          label: `lesson ${c.lesson.moduleNumber}.${c.lesson.number} on ${formatDate(c.at, zone)}`,
        }))}
        markers={dues}
        table={{
          caption: "Lessons completed, in order",
          columns: ["Lesson", "Completed"],
          rows: completions.map((c) => ({
            header: `${c.lesson.moduleNumber}.${c.lesson.number} ${c.lesson.title}`,
            cells: [formatDate(c.at, zone)],
          })),
        }}
      />

      <section aria-labelledby="lessons-heading" className="flex flex-col gap-4">
        <h2 id="lessons-heading" className="m-0 text-2xl font-semibold">
          Lesson by lesson
        </h2>
        {modules.map((m) => {
          const index = grid.assignments.findIndex((a) => a.moduleSlug === m.slug);
          const due = index >= 0 ? learner.cells[index]?.due : null;
          return (
            <div key={m.slug} className="flex flex-col gap-2">
              <h3 className="m-0 text-lg font-semibold">
                Module {m.number}: {m.title}
                {due ? (
                  <span className="block text-sm font-normal text-ink-muted">Due {formatDay(due.day)}</span>
                ) : null}
              </h3>
              <ul className="m-0 flex list-none flex-col gap-1 p-0">
                {m.lessons.map((lesson) => {
                  const cell = learner.lessons[grid.lessons.indexOf(lesson)];
                  if (!cell) return null;
                  return (
                    <li
                      key={lesson.key}
                      className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 rounded-md border border-border bg-surface px-3 py-2"
                    >
                      <span>
                        {lesson.moduleNumber}.{lesson.number} {lesson.title}
                      </span>
                      <span className="flex items-center gap-2 text-sm">
                        <LessonStateLabel state={cell.state} />
                        {cell.completedAt ? (
                          <span className="text-ink-muted">{formatDate(cell.completedAt, zone)}</span>
                        ) : null}
                      </span>
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
      </section>

      <section aria-labelledby="learner-nudges-heading" className="flex flex-col gap-3">
        <h2 id="learner-nudges-heading" className="m-0 text-2xl font-semibold">
          Nudges to {learner.name}
        </h2>
        <NudgeHistory cohortId={cohort.id} nudges={nudges} readerZone={zone} showLearner={false} />
      </section>
    </div>
  );
}
