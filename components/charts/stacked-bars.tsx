import { ChartFrame, pct, type ChartTable } from "./chart-frame";

export type StackedRow = { label: string; longLabel: string; values: number[] };
export type StackedSeries = { name: string; tone: "solid" | "striped" | "empty" };

const ROW = 64;

/**
 * One horizontal bar per row, split into the series' parts. Widths are
 * percentages of the drawing and text stays at its own size, so the chart
 * fits a phone without shrinking its words. Each part has a pattern as well
 * as a colour, and the counts are written under each bar.
 */
export function StackedBars({
  id,
  title,
  description,
  series,
  rows,
  tableCaption,
}: {
  id: string;
  title: string;
  description: string;
  series: StackedSeries[];
  rows: StackedRow[];
  tableCaption: string;
}) {
  const table: ChartTable = {
    caption: tableCaption,
    columns: ["", ...series.map((s) => s.name)],
    rows: rows.map((r) => ({ header: r.longLabel, cells: r.values })),
  };
  const height = rows.length * ROW + 8;
  return (
    <ChartFrame id={id} title={title} description={description} table={table}>
      <Legend id={id} series={series} />
      <svg
        role="img"
        aria-labelledby={`${id}-svg-title ${id}-svg-desc`}
        width="100%"
        height={height}
        className="block overflow-visible text-ink"
      >
        <title id={`${id}-svg-title`}>{title}</title>
        <desc id={`${id}-svg-desc`}>
          {rows
            .map((r) => `${r.longLabel}: ${series.map((s, i) => `${r.values[i] ?? 0} ${s.name}`).join(", ")}.`)
            .join(" ")}
        </desc>
        <Patterns id={id} />
        {rows.map((row, index) => {
          const total = row.values.reduce((a, b) => a + b, 0);
          let start = 0;
          const y = index * ROW;
          return (
            <g key={row.label}>
              <text x="0" y={y + 14} className="fill-ink text-sm font-medium">
                {row.label}
              </text>
              <rect
                x="0"
                y={y + 22}
                width="100%"
                height="18"
                rx="4"
                className="fill-surface-muted stroke-ink-muted"
                strokeOpacity="0.6"
              />
              {total > 0
                ? row.values.map((value, i) => {
                    const x = (start / total) * 100;
                    start += value;
                    if (value === 0) return null;
                    return (
                      <rect
                        key={i}
                        x={pct(x)}
                        y={y + 22}
                        width={pct((value / total) * 100)}
                        height="18"
                        fill={fillFor(id, series[i]?.tone ?? "empty")}
                        className="stroke-surface"
                        strokeWidth="1"
                      />
                    );
                  })
                : null}
              <text x="0" y={y + 56} className="fill-ink-muted text-xs">
                {series.map((s, i) => `${row.values[i] ?? 0} ${s.name}`).join(" · ")}
              </text>
            </g>
          );
        })}
      </svg>
    </ChartFrame>
  );
}

export function fillFor(id: string, tone: StackedSeries["tone"]): string {
  if (tone === "solid") return "var(--accent)";
  if (tone === "striped") return `url(#${id}-stripes)`;
  return "var(--surface-muted)";
}

export function Patterns({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={`${id}-stripes`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="var(--accent-soft)" />
        <rect width="3" height="6" fill="var(--accent)" />
      </pattern>
    </defs>
  );
}

function Legend({ id, series }: { id: string; series: StackedSeries[] }) {
  return (
    <ul className="m-0 flex list-none flex-wrap gap-x-4 gap-y-1 p-0 text-sm" aria-hidden="true">
      {series.map((s) => (
        <li key={s.name} className="inline-flex items-center gap-1.5">
          <svg width="16" height="16" className="shrink-0">
            <Patterns id={`${id}-legend-${s.tone}`} />
            <rect
              x="0.5"
              y="0.5"
              width="15"
              height="15"
              rx="3"
              fill={fillFor(`${id}-legend-${s.tone}`, s.tone)}
              className="stroke-border"
            />
          </svg>
          {s.name}
        </li>
      ))}
    </ul>
  );
}
