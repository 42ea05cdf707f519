// A lesson's state in words, with a mark beside it that is never the only
// signal: "Complete", "In progress", "Not started".
import type { LessonStatus } from "@/lib/progress/summary";

export const LESSON_STATUS_WORDS: Record<LessonStatus, string> = {
  completed: "Complete",
  "in-progress": "In progress",
  "not-started": "Not started",
};

function Mark({ status }: { status: LessonStatus }) {
  const common = { width: 16, height: 16, viewBox: "0 0 16 16", "aria-hidden": true, className: "shrink-0" } as const;
  if (status === "completed") {
    return (
      <svg {...common} className="shrink-0 text-success">
        <circle cx="8" cy="8" r="7" fill="currentColor" />
        <path d="M4.5 8.2 7 10.5l4.5-5" fill="none" stroke="var(--color-surface, #fff)" strokeWidth="1.8" />
      </svg>
    );
  }
  if (status === "in-progress") {
    return (
      <svg {...common} className="shrink-0 text-accent">
        <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M8 1.75a6.25 6.25 0 0 1 0 12.5Z" fill="currentColor" />
      </svg>
    );
  }
  return (
    <svg {...common} className="shrink-0 text-ink-muted">
      <circle cx="8" cy="8" r="6.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}

/** The mark and the words, e.g. for a list of lessons. */
export function LessonState({ status, className = "" }: { status: LessonStatus; className?: string }) {
  return (
    <span className={`inline-flex items-center gap-1.5 text-sm ${className}`}>
      <Mark status={status} />
      {LESSON_STATUS_WORDS[status]}
    </span>
  );
}
