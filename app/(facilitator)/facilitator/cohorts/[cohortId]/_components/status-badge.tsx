import { STATUS_LABELS, type AssignmentStatus } from "@/lib/cohorts/due";

// Each status has a word and a symbol as well as a colour, so it never rests on colour alone.
const LOOK: Record<AssignmentStatus, { icon: string; className: string }> = {
  done: { icon: "✓", className: "text-success" },
  overdue: { icon: "!", className: "text-danger" },
  "due-soon": { icon: "◷", className: "text-ink" },
  "in-progress": { icon: "◐", className: "text-ink" },
  "not-started": { icon: "○", className: "text-ink-muted" },
};

export function StatusBadge({ status }: { status: AssignmentStatus }) {
  const look = LOOK[status];
  return (
    <span className={`inline-flex items-center gap-1.5 font-semibold ${look.className}`}>
      <span
        aria-hidden="true"
        className={`inline-flex h-5 w-5 shrink-0 items-center justify-center rounded-full border border-current text-xs leading-none ${
          status === "overdue" ? "bg-danger text-surface" : ""
        }`}
      >
        {look.icon}
      </span>
      {STATUS_LABELS[status]}
    </span>
  );
}

/** Cells that need attention stand out in the table too. */
export function cellTone(status: AssignmentStatus): string {
  if (status === "overdue") return "bg-danger-soft border-l-4 border-l-danger";
  if (status === "due-soon") return "bg-warning-soft";
  return "";
}
