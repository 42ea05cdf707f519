import type { CohortProgress } from "@/lib/cohorts/progress";

/** How many learners finished each assigned module: the words carry it; the bars only picture it. */
export function CompletionChart({ progress }: { progress: CohortProgress }) {
  return (
    <figure className="m-0 flex flex-col gap-3 rounded-lg border border-border bg-surface p-5">
      <figcaption className="font-semibold">Learners who finished each module</figcaption>
      <ul className="m-0 flex list-none flex-col gap-4 p-0">
        {progress.assignments.map((assignment, index) => {
          const completion = progress.completion[index];
          const done = completion?.done ?? 0;
          const of = completion?.of ?? 0;
          const percent = completion?.percent ?? 0;
          return (
            <li key={assignment.id} className="flex flex-col gap-1">
              <div className="flex flex-wrap justify-between gap-x-4 text-sm">
                <span>
                  Module {assignment.moduleNumber}: {assignment.moduleTitle}
                </span>
                <span className="text-ink-muted">
                  {done} of {of} finished ({percent}%)
                </span>
              </div>
              <div
                aria-hidden="true"
                className="h-3 overflow-hidden rounded-full border border-border bg-surface-muted"
              >
                <div className="h-full rounded-full bg-accent" style={{ width: `${percent}%` }} />
              </div>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
