import { ChartFrame, pct, type ChartTable } from "./chart-frame";

const HEIGHT = 150;
const TOP = 20;
const AXIS = 26;

/**
 * One person's lessons over time: a step up for each lesson completed, a
 * dashed line at each due date. Time runs left to right as percentages of
 * the drawing; text keeps its size.
 */
export function TimelineChart({
  id,
  title,
  description,
  from,
  to,
  fromLabel,
  toLabel,
  total,
  steps,
  markers,
  table,
}: {
  id: string;
  title: string;
  description: string;
  from: Date;
  to: Date;
  fromLabel: string;
  toLabel: string;
  /** How high the line can go (lessons in the course). */
  total: number;
  /** Completions in time order, each with what it was and when, in words. */
  steps: { at: Date; label: string }[];
  markers: { at: Date; label: string }[];
  table: ChartTable;
}) {
  const span = Math.max(1, to.getTime() - from.getTime());
  const x = (at: Date) => Math.min(100, Math.max(0, ((at.getTime() - from.getTime()) / span) * 100));
  const y = (count: number) => TOP + HEIGHT - (count / Math.max(1, total)) * HEIGHT;
  const lines: { x1: number; x2: number; y1: number; y2: number }[] = [];
  let lastX = 0;
  steps.forEach((step, i) => {
    const sx = x(step.at);
    lines.push({ x1: lastX, x2: sx, y1: y(i), y2: y(i) });
    lines.push({ x1: sx, x2: sx, y1: y(i), y2: y(i + 1) });
    lastX = sx;
  });
  lines.push({ x1: lastX, x2: 100, y1: y(steps.length), y2: y(steps.length) });
  return (
    <ChartFrame id={id} title={title} description={description} table={table}>
      <svg
        role="img"
        aria-labelledby={`${id}-svg-title ${id}-svg-desc`}
        width="100%"
        height={HEIGHT + TOP + AXIS}
        className="block overflow-visible"
      >
        <title id={`${id}-svg-title`}>{title}</title>
        <desc id={`${id}-svg-desc`}>
          {steps.length === 0
            ? "No lessons completed yet."
            : `${steps.length} of ${total} lessons completed: ${steps.map((s) => s.label).join("; ")}.`}
          {markers.length ? ` Due dates: ${markers.map((m) => m.label).join("; ")}.` : ""}
        </desc>
        <line x1="0" x2="100%" y1={TOP + HEIGHT} y2={TOP + HEIGHT} className="stroke-border" />
        <line x1="0" x2="100%" y1={TOP} y2={TOP} className="stroke-border" strokeDasharray="2 4" />
        <text x="0" y="12" className="fill-ink-muted text-xs">
          {`${total} lessons`}
        </text>
        {markers.map((m) => (
          <line
            key={m.label}
            x1={pct(x(m.at))}
            x2={pct(x(m.at))}
            y1={TOP}
            y2={TOP + HEIGHT}
            className="stroke-danger"
            strokeWidth="1.5"
            strokeDasharray="5 4"
          />
        ))}
        {lines.map((l, i) => (
          <line
            key={i}
            x1={pct(l.x1)}
            x2={pct(l.x2)}
            y1={l.y1}
            y2={l.y2}
            className="stroke-accent"
            strokeWidth="2.5"
            strokeLinecap="round"
          />
        ))}
        {steps.map((s, i) => (
          <circle key={i} cx={pct(x(s.at))} cy={y(i + 1)} r="4" className="fill-accent stroke-surface" />
        ))}
        <text x="0" y={TOP + HEIGHT + 18} className="fill-ink-muted text-xs">
          {fromLabel}
        </text>
        <text x="100%" y={TOP + HEIGHT + 18} textAnchor="end" className="fill-ink-muted text-xs">
          {toLabel}
        </text>
      </svg>
      {markers.length ? (
        <p className="m-0 flex items-center gap-2 text-sm text-ink-muted" aria-hidden="true">
          <svg width="18" height="12" className="shrink-0">
            <line x1="0" x2="18" y1="6" y2="6" className="stroke-danger" strokeWidth="1.5" strokeDasharray="5 4" />
          </svg>
          Due dates
        </p>
      ) : null}
    </ChartFrame>
  );
}
