import { LESSON_STATE_LABELS, type LessonState } from "@/lib/cohorts/grid";

// Each state has a shape and a word as well as a colour, so none rests on colour alone.
const LOOK: Record<LessonState, { icon: string; className: string; iconClass: string }> = {
  done: { icon: "✓", className: "text-success", iconClass: "border-current" },
  "in-progress": { icon: "◐", className: "text-ink", iconClass: "border-current" },
  overdue: { icon: "!", className: "text-danger", iconClass: "border-danger bg-danger text-surface" },
  "not-started": { icon: "○", className: "text-ink-muted", iconClass: "border-transparent" },
};

export function LessonStateIcon({ state }: { state: LessonState }) {
  const look = LOOK[state];
  return (
    <span
      aria-hidden="true"
      className={`inline-flex h-5 w-5 shrink-0 items-center justify-center rounded-full border text-xs leading-none font-bold ${look.className} ${look.iconClass}`}
    >
      {look.icon}
    </span>
  );
}

/** Icon and word, e.g. "✓ Complete". */
export function LessonStateLabel({ state }: { state: LessonState }) {
  return (
    <span className={`inline-flex items-center gap-1 font-semibold ${LOOK[state].className}`}>
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

export function cellTone(state: LessonState): string {
  if (state === "overdue") return "bg-danger-soft";
  if (state === "done") return "bg-success-soft";
  return "";
}
