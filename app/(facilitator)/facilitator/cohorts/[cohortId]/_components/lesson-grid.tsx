import type { CohortProgress, LearnerRow } from "@/lib/cohorts/progress";
import { lessonTableHtml } from "./grid-html";

/**
 * Learners × lessons, for wide screens. The table is built as one string
 * (grid-html.ts, decision 055); this keeps the scrolling region around it.
 */
export function LessonGrid(props: {
  cohortId: string;
  progress: CohortProgress;
  learners: LearnerRow[];
  readerZone: string | null | undefined;
}) {
  return (
    <div
      role="region"
      aria-label="Progress by lesson"
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-border bg-surface"
      dangerouslySetInnerHTML={{ __html: lessonTableHtml(props).html }}
    />
  );
}
