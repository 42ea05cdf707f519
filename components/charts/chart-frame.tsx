// The frame every chart shares: a heading-like caption, one sentence saying
// what it shows, the drawing (SVG, drawn on the server: no chart script), and
// the same numbers as a table for anyone who would rather read them.
export type ChartTable = {
  caption: string;
  columns: string[];
  rows: { header: string; cells: (string | number)[] }[];
};

export function ChartFrame({
  id,
  title,
  description,
  table,
  children,
}: {
  id: string;
  title: string;
  description: string;
  table: ChartTable;
  children: React.ReactNode;
}) {
  return (
    <figure
      aria-labelledby={`${id}-title`}
      className="m-0 flex min-w-0 flex-col gap-3 rounded-lg border border-border bg-surface p-4 sm:p-5"
    >
      <figcaption className="flex flex-col gap-1">
        <span id={`${id}-title`} className="font-semibold">
          {title}
        </span>
        <span className="text-sm text-ink-muted">{description}</span>
      </figcaption>
      {children}
      <details className="no-print text-sm">
        <summary className="cursor-pointer py-2 font-medium text-accent">Show the numbers as a table</summary>
        <div className="overflow-x-auto">
          <table className="mt-2 w-full border-collapse text-left">
            <caption className="sr-only">{table.caption}</caption>
            <thead>
              <tr>
                {table.columns.map((c, i) => (
                  <th key={c} scope="col" className={`border-b border-border py-1 pr-3 ${i > 0 ? "text-right" : ""}`}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.header} className="border-b border-border">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {row.header}
                  </th>
                  {row.cells.map((cell, i) => (
                    <td key={i} className="py-1 pr-3 text-right tabular-nums">
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

/** A percentage for SVG coordinates, rounded so the markup stays small. */
export function pct(value: number): string {
  return `${Math.round(value * 100) / 100}%`;
}
