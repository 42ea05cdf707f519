// Small icons that sit beside words such as "Best answer." or "A strong
// choice". They are decoration (aria-hidden): the words always carry the
// meaning, so nothing depends on the icon or its colour.

export type MarkShape = "tick" | "cross" | "up" | "level" | "down";

const PATHS: Record<MarkShape, string> = {
  tick: "M5 12.5l4.5 4.5L19 7.5",
  cross: "M7 7l10 10M17 7L7 17",
  up: "M6 16l6-6 6 6",
  level: "M6 12h12",
  down: "M6 9l6 6 6-6",
};

export function Mark({ shape, className = "" }: { shape: MarkShape; className?: string }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      className={`size-5 shrink-0 ${className}`}
    >
      <circle cx="12" cy="12" r="10.5" strokeWidth={1.5} />
      <path d={PATHS[shape]} />
    </svg>
  );
}
