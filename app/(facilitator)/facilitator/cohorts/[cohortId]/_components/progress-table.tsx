import type { CohortProgress } from "@/lib/cohorts/progress";
import { formatDate, formatDay } from "@/lib/time/format";
import { plural } from "../../../_lib/format";
import { cellTone, StatusBadge } from "./status-badge";

/** Learners × assigned modules: a status word, lessons done and the learner's own due date in each cell. */
export function ProgressTable({
  progress,
  readerZone,
}: {
  progress: CohortProgress;
  readerZone: string | null | undefined;
}) {
  const { assignments, learners } = progress;
  return (
    <div
      role="region"
      aria-label="Progress table (scrolls sideways on small screens)"
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-border bg-surface"
    >
      <table className="w-full border-collapse text-left">
        <caption className="px-4 pt-3 pb-2 text-left text-sm text-ink-muted">
          {/* Wraps within the visible box and stays put while the table scrolls sideways. */}
          <span className="sticky left-4 block max-w-[calc(100vw-4rem)]">
            Each learner&rsquo;s progress in the assigned modules ({plural(learners.length, "learner")}). Due dates end
            at midnight, {progress.timeZone} time; other dates are in {readerZone ?? "UTC"} time.
          </span>
        </caption>
        <thead className="bg-surface-muted">
          <tr>
            <th scope="col" className="px-4 py-3 align-bottom">
              Learner
            </th>
            {assignments.map((a) => (
              <th key={a.id} scope="col" className="min-w-40 px-4 py-3 align-bottom">
                Module {a.moduleNumber}: {a.moduleTitle}
              </th>
            ))}
            <th scope="col" className="px-4 py-3 align-bottom whitespace-nowrap">
              Last activity
            </th>
          </tr>
        </thead>
        <tbody>
          {learners.map((learner) => (
            <tr key={learner.userId} className="border-t border-border align-top">
              <th scope="row" className="px-4 py-3 font-medium">
                {learner.name}
                <span className="block text-sm font-normal text-ink-muted">
                  Joined {formatDate(learner.joinedAt, readerZone)}
                </span>
              </th>
              {learner.cells.map((cell) => (
                <td key={cell.assignmentId} className={`px-4 py-3 ${cellTone(cell.status)}`}>
                  <StatusBadge status={cell.status} />
                  <span className="block text-sm">
                    {cell.completed} of {plural(cell.total, "lesson")} ({cell.percent}%)
                  </span>
                  {cell.due && cell.status !== "done" ? (
                    <span className="block text-sm text-ink-muted">Due {formatDay(cell.due.day)}</span>
                  ) : null}
                </td>
              ))}
              <td className="px-4 py-3 whitespace-nowrap">
                {learner.lastActivity ? formatDate(learner.lastActivity, readerZone) : "Not yet"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
