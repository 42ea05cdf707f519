// Renders report rows as an aligned text table for the terminal and as a
// Markdown table for docs/performance.md. Pure.

export type Row = { figure: string; value: string; comparedWith: string; verdict: string };
export type Section = { title: string; rows: Row[] };

const HEADINGS: Row = { figure: "Figure", value: "Value", comparedWith: "Compared with", verdict: "Ratio / target" };
const COLUMNS = ["figure", "value", "comparedWith", "verdict"] as const;

function widths(sections: readonly Section[]): number[] {
  const all = [HEADINGS, ...sections.flatMap((s) => s.rows)];
  return COLUMNS.map((column) => Math.max(...all.map((row) => [...row[column]].length)));
}

function pad(text: string, width: number): string {
  // Count code points, not UTF-16 units, so "→" and "×" do not skew columns.
  return text + " ".repeat(Math.max(0, width - [...text].length));
}

export function renderTable(sections: readonly Section[]): string {
  const w = widths(sections);
  const line = (row: Row) => `│ ${COLUMNS.map((c, i) => pad(row[c], w[i] ?? 0)).join(" │ ")} │`;
  const rule = (left: string, mid: string, right: string) =>
    `${left}${w.map((width) => "─".repeat(width + 2)).join(mid)}${right}`;
  const total = w.reduce((sum, width) => sum + width + 3, -1);
  const out = [rule("┌", "┬", "┐"), line(HEADINGS)];
  for (const section of sections) {
    out.push(rule("├", "┴", "┤").replace(/┴/g, "─"), `│ ${pad(section.title, total - 2)} │`, rule("├", "┬", "┤"));
    out.push(...section.rows.map(line));
  }
  out.push(rule("└", "┴", "┘"));
  return out.join("\n");
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|");
}

export function renderMarkdown(sections: readonly Section[]): string {
  const header = `| ${COLUMNS.map((c) => HEADINGS[c]).join(" | ")} |`;
  const divider = `| ${COLUMNS.map(() => "---").join(" | ")} |`;
  const body = sections.flatMap((section) => [
    `| **${escapeCell(section.title)}** | | | |`,
    ...section.rows.map((row) => `| ${COLUMNS.map((c) => escapeCell(row[c])).join(" | ")} |`),
  ]);
  return [header, divider, ...body].join("\n");
}
