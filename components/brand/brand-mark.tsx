import { MARK_SHAPE } from "./mark";

/**
 * The course's mark drawn inline (no request), in the theme's colours: the
 * accent tile, its text colour for the circles, the soft accent for the part
 * they share. Decorative: the name next to it says what it is.
 */
export function BrandMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 64 64" aria-hidden="true" focusable="false" className={className}>
      <rect width="64" height="64" rx={MARK_SHAPE.tileRadius} className="fill-accent" />
      <path d={MARK_SHAPE.lens} className="fill-accent-soft" />
      {MARK_SHAPE.circles.map(({ cx, cy, r }) => (
        <circle
          key={cx}
          cx={cx}
          cy={cy}
          r={r}
          fill="none"
          strokeWidth={MARK_SHAPE.strokeWidth}
          className="stroke-accent-ink"
        />
      ))}
    </svg>
  );
}
