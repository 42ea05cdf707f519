import Link from "next/link";
import type { CohortProgress, LearnerRow } from "@/lib/cohorts/progress";
import { LESSON_STATE_LABELS } from "@/lib/cohorts/grid";
import { formatDate, formatShortDate, formatShortDay } from "@/lib/time/format";
import { plural } from "../../../_lib/format";
import { cohortHref } from "../../../_components/cohort-header";
import { LessonStateIcon } from "./lesson-state";

/** The due rule of each module, for its header: "Due Dec 4", "Due 7 days after joining", or nothing. */
function moduleDue(progress: CohortProgress, moduleSlug: string): string | null {
  const a = progress.assignments.find((x) => x.moduleSlug === moduleSlug);
  if (!a) return null;
  if (a.dueDate) return `Due ${formatShortDay(a.dueDate)}`;
  if (a.dueDaysAfterJoin !== null) return `Due ${plural(a.dueDaysAfterJoin, "day")} after joining`;
  return "Assigned";
}

export function learnerHref(cohortId: string, userId: string): string {
  return cohortHref(cohortId, `/learners/${encodeURIComponent(userId)}`);
}

/** Learners × lessons, for wide screens: each cell a state in an icon and a word, with the day it was completed. */
export function LessonGrid({
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
    <div
      role="region"
      aria-label="Progress by lesson"
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-border bg-surface"
    >
      <table className="w-full border-collapse text-left text-sm">
        <caption className="px-4 pt-3 pb-2 text-left text-ink-muted">
          Each learner&rsquo;s progress, lesson by lesson. Dates are in {readerZone ?? "UTC"} time.
        </caption>
        <thead className="bg-surface-muted">
          <tr>
            <td rowSpan={2} className="border-b border-border" />
            {modules.map((m) => (
              <th
                key={m.slug}
                scope="colgroup"
                colSpan={m.lessons.length}
                className="border-b border-l border-border px-2 pt-2 pb-1 align-bottom font-semibold"
              >
                Module {m.number}: {m.title}
                {moduleDue(progress, m.slug) ? (
                  <span className="block text-xs font-normal text-ink-muted">{moduleDue(progress, m.slug)}</span>
                ) : null}
              </th>
            ))}
          </tr>
          <tr>
            {progress.lessons.map((lesson, i) => (
              <th
                key={lesson.key}
                scope="col"
                title={lesson.title}
                className={`border-b border-border px-2 py-1 text-xs font-semibold ${lesson.number === 1 && i > 0 ? "border-l" : ""}`}
              >
                <span aria-hidden="true">
                  {lesson.moduleNumber}.{lesson.number}
                </span>
                <span className="sr-only">
                  Lesson {lesson.moduleNumber}.{lesson.number}: {lesson.title}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {learners.map((learner) => (
            <tr key={learner.userId} className="border-t border-border align-top">
              <th scope="row" className="min-w-44 px-3 py-2 font-medium">
                <Link href={learnerHref(cohortId, learner.userId)}>{learner.name}</Link>
                <span className="block text-xs font-normal text-ink-muted">
                  {learner.lessonsDone} of {plural(progress.lessons.length, "lesson")} ·{" "}
                  {learner.lastActivity
                    ? `active ${formatShortDate(learner.lastActivity, readerZone)}`
                    : "not active yet"}
                </span>
                {learner.attention.length ? (
                  <span className="mt-1 block text-xs font-semibold text-danger">
                    {learner.attention.map((a) => a.text).join(" · ")}
                  </span>
                ) : null}
              </th>
              {learner.lessons.map((cell, i) => {
                const lesson = progress.lessons[i];
                return (
                  <td
                    key={cell.key}
                    className="lesson-cell"
                    data-state={cell.state}
                    data-first={lesson?.number === 1 && i > 0 ? "" : undefined}
                  >
                    <LessonStateIcon state={cell.state} />
                    <span>{LESSON_STATE_LABELS[cell.state]}</span>
                    {cell.completedAt ? (
                      <time dateTime={cell.completedAt.toISOString()} title={formatDate(cell.completedAt, readerZone)}>
                        {formatShortDate(cell.completedAt, readerZone)}
                      </time>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function groupByModule(progress: Pick<CohortProgress, "lessons">) {
  const modules: { slug: string; number: number; title: string; lessons: CohortProgress["lessons"] }[] = [];
  for (const lesson of progress.lessons) {
    let m = modules.find((x) => x.slug === lesson.moduleSlug);
    if (!m) {
      m = { slug: lesson.moduleSlug, number: lesson.moduleNumber, title: lesson.moduleTitle, lessons: [] };
      modules.push(m);
    }
    m.lessons.push(lesson);
  }
  return modules;
}
