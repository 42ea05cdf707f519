import { ChartFrame, pct, type ChartTable } from "./chart-frame";

const HEIGHT = 160;
const TOP = 20;
const AXIS = 24;

/**
 * Vertical bars, one per period (here: weeks). Positions are percentages and
 * text keeps its size, so it fits a phone; only a few period labels are
 * written under the bars, all of them are in the table.
 */
export function ColumnChart({
  id,
  title,
  description,
  bars,
  valueName,
  tableCaption,
}: {
  id: string;
  title: string;
  description: string;
  bars: { label: string; shortLabel: string; value: number }[];
  valueName: string;
  tableCaption: string;
}) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const table: ChartTable = {
    caption: tableCaption,
    columns: ["", valueName],
    rows: bars.map((b) => ({ header: b.label, cells: [b.value] })),
  };
  const slot = 100 / Math.max(1, bars.length);
  const labelEvery = Math.max(1, Math.ceil(bars.length / 5));
  const total = bars.reduce((a, b) => a + b.value, 0);
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
          {`${total} in all. `}
          {bars.map((b) => `${b.label}: ${b.value}.`).join(" ")}
        </desc>
        <line x1="0" x2="100%" y1={TOP + HEIGHT} y2={TOP + HEIGHT} className="stroke-border" />

        {bars.map((bar, i) => {
          const h = (bar.value / max) * HEIGHT;
          const x = i * slot + slot * 0.15;
          return (
            <g key={bar.label}>
              {bar.value > 0 ? (
                <rect
                  x={pct(x)}
                  y={TOP + HEIGHT - h}
                  width={pct(slot * 0.7)}
                  height={h}
                  rx="2"
                  className="fill-accent"
                />
              ) : null}
              {bars.length <= 12 && bar.value > 0 ? (
                <text
                  x={pct(i * slot + slot / 2)}
                  y={TOP + HEIGHT - h - 4}
                  textAnchor="middle"
                  className="fill-ink text-xs"
                >
                  {bar.value}
                </text>
              ) : null}
              {i % labelEvery === 0 ? (
                <text
                  x={pct(i === 0 ? 0 : i * slot + slot / 2)}
                  y={TOP + HEIGHT + 16}
                  textAnchor={i === 0 ? "start" : "middle"}
                  className="fill-ink-muted text-xs"
                >
                  {bar.shortLabel}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
    </ChartFrame>
  );
}
