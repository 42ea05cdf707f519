// The frame every course and module picture shares. Pictures here are
// ornaments for the course's outer pages (home, outline, module pages), drawn
// in the lesson diagrams' house style (components/course/diagrams): a viewBox
// 400 wide, round caps and joins, the accent for what the picture is about and
// ink-muted for the people. No words inside. Colours are theme tokens used as
// Tailwind classes, so light, dark or a new palette recolour them with the page.
//
// A picture is described (role="img" with a name) where it stands for
// something on its own: the course cover on the home page and the module's
// picture at the top of its page. On a card it is hidden from screen readers:
// the card's heading and summary already say what it is, and the same picture
// would otherwise be read out before every heading, on three pages.
import type { ReactNode } from "react";

export type ArtProps = {
  /** Hide from assistive technology when the text around it already says everything. */
  decorative?: boolean;
  className?: string;
};

export function ArtFrame({
  label,
  height,
  decorative = false,
  className = "",
  children,
}: ArtProps & {
  /** What the picture shows, in a sentence: its text alternative. */
  label: string;
  /** The viewBox height; the width is always 400. */
  height: number;
  children: ReactNode;
}) {
  const a11y = decorative ? { "aria-hidden": true, focusable: false } : { role: "img", "aria-label": label };
  return (
    <svg
      {...a11y}
      viewBox={`0 0 400 ${height}`}
      preserveAspectRatio="xMidYMid slice"
      className={`block h-auto w-full ${className}`}
      fill="none"
      strokeWidth={3}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {decorative ? null : <title>{label}</title>}
      <rect width={400} height={height} className="fill-accent-soft" />
      {children}
    </svg>
  );
}

/**
 * One person, head and shoulders, cut off by the bottom of the picture: a
 * calm, faceless shape so that anyone can see themselves in it.
 */
export function Person({ x, y, bottom, scale = 1 }: { x: number; y: number; bottom: number; scale?: number }) {
  const r = 16 * scale;
  const w = 31 * scale;
  const shoulders = y + 52 * scale;
  return (
    <g className="fill-surface stroke-ink-muted">
      <path d={`M${x - w} ${bottom}V${shoulders}a${w} ${w} 0 0 1 ${2 * w} 0V${bottom}`} />
      <circle cx={x} cy={y} r={r} />
    </g>
  );
}
