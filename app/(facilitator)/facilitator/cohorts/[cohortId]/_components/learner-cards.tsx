import Link from "next/link";
import type { CohortProgress, LearnerRow } from "@/lib/cohorts/progress";
import { LESSON_STATE_LABELS, type LessonState } from "@/lib/cohorts/grid";
import { formatShortDate } from "@/lib/time/format";
import { plural } from "../../../_lib/format";
import { groupByModule, learnerHref } from "./lesson-grid";
import { LessonStateIcon } from "./lesson-state";

const ORDER: LessonState[] = ["done", "in-progress", "overdue", "not-started"];

/** The same progress for a phone: one card per learner, a line per module, nothing to scroll sideways. */
export function LearnerCards({
  cohortId,
  progress,
  learners,
  readerZone,
}: {
  cohortId: string;
  progress: CohortProgress;
  learners: LearnerRow[];
  readerZone: string | null | undefined;
}) {
  const modules = groupByModule(progress);
  return (
    <ul className="m-0 flex list-none flex-col gap-3 p-0" aria-label="Learners">
      {learners.map((learner) => (
        <li key={learner.userId} className="rounded-lg border border-border bg-surface p-4">
          <article aria-labelledby={`card-${learner.userId}`} className="flex flex-col gap-2">
            <h3 id={`card-${learner.userId}`} className="m-0 text-base font-semibold break-words">
              <Link href={learnerHref(cohortId, learner.userId)}>{learner.name}</Link>
            </h3>
            <p className="m-0 text-sm text-ink-muted">
              {learner.lessonsDone} of {plural(progress.lessons.length, "lesson")} complete ·{" "}
              {learner.lastActivity
                ? `last active ${formatShortDate(learner.lastActivity, readerZone)}`
                : "not active yet"}
            </p>
            {learner.attention.length ? (
              <ul className="m-0 flex list-none flex-col gap-1 p-0 text-sm font-semibold text-danger">
                {learner.attention.map((a) => (
                  <li key={a.text} className="flex items-center gap-1.5">
                    <span aria-hidden="true">!</span>
                    {a.text}
                  </li>
                ))}
              </ul>
            ) : null}
            <ul className="m-0 flex list-none flex-col gap-1.5 p-0 text-sm" aria-label="By module">
              {modules.map((m) => {
                const first = progress.lessons.findIndex((l) => l.moduleSlug === m.slug);
                const cells = learner.lessons.slice(first, first + m.lessons.length);
                const counts = ORDER.map((state) => [state, cells.filter((c) => c.state === state).length] as const)
                  .filter(([, n]) => n > 0)
                  .map(([state, n]) => `${n} ${LESSON_STATE_LABELS[state].toLowerCase()}`);
                return (
                  <li key={m.slug} className="flex flex-wrap items-center gap-x-2 gap-y-1">
                    <span className="w-20 shrink-0 font-medium">Module {m.number}</span>
                    <span className="flex gap-1" aria-hidden="true">
                      {cells.map((c) => (
                        <LessonStateIcon key={c.key} state={c.state} />
                      ))}
                    </span>
                    <span className="text-ink-muted">{counts.join(", ")}</span>
                  </li>
                );
              })}
            </ul>
          </article>
        </li>
      ))}
    </ul>
  );
}
