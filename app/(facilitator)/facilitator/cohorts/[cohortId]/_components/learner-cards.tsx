import type { CohortProgress, LearnerRow } from "@/lib/cohorts/progress";
import { learnerCardsHtml } from "./grid-html";

/**
 * The same progress for a phone: one card per learner, a line per module,
 * nothing to scroll sideways. The cards are built as one string
 * (grid-html.ts, decision 055).
 */
export function LearnerCards(props: {
  cohortId: string;
  progress: CohortProgress;
  learners: LearnerRow[];
  readerZone: string | null | undefined;
}) {
  return (
    <ul
      className="learner-cards"
      aria-label="Learners"
      dangerouslySetInnerHTML={{ __html: learnerCardsHtml(props).html }}
    />
  );
}
