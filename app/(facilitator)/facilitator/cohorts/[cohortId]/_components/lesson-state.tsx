import { LESSON_STATE_LABELS, type LessonState } from "@/lib/cohorts/grid";
import { STATE_ICONS } from "./grid-html";

// Each state has a shape and a word as well as a colour, so none rests on colour alone.
// The icon's look is the .state-icon rule in app/globals.css; the overview's grid draws the same icons itself.
const WORD_CLASS: Record<LessonState, string> = {
  done: "text-success",
  "in-progress": "text-ink",
  overdue: "text-danger",
  "not-started": "text-ink-muted",
};

export function LessonStateIcon({ state }: { state: LessonState }) {
  return (
    <span aria-hidden="true" className="state-icon" data-state={state}>
      {STATE_ICONS[state]}
    </span>
  );
}

/** Icon and word, e.g. "✓ Complete". */
export function LessonStateLabel({ state }: { state: LessonState }) {
  return (
    <span className={`inline-flex items-center gap-1 font-semibold ${WORD_CLASS[state]}`}>
      <LessonStateIcon state={state} />
      {LESSON_STATE_LABELS[state]}
    </span>
  );
}

/** A legend for the icons, shown once above the grid. */
export function LessonStateLegend() {
  return (
    <ul className="m-0 flex list-none flex-wrap gap-x-4 gap-y-1 p-0 text-sm" aria-label="What the icons mean">
      {(["done", "in-progress", "overdue", "not-started"] as const).map((state) => (
        <li key={state}>
          <LessonStateLabel state={state} />
        </li>
      ))}
    </ul>
  );
}
