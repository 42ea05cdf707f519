// What the bench keeps of a Lighthouse report, and the design issue's targets
// for it. Pure, so the rules are unit-tested without a browser.

export type PageScores = {
  page: string;
  path: string;
  /** Category scores, 0–100. */
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Total blocking time, largest contentful paint (ms), cumulative layout shift. */
  tbtMs: number;
  lcpMs: number;
  cls: number;
  /** How many runs the median was taken from. */
  runs: number;
};

/** The parts of a Lighthouse result (LH.Result) the bench reads. */
export type LighthouseResult = {
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number } | undefined>;
};

const percent = (score: number | null | undefined): number => Math.round((score ?? 0) * 100);

export function scoresOf(page: string, path: string, lhr: LighthouseResult, runs: number): PageScores {
  return {
    page,
    path,
    performance: percent(lhr.categories.performance?.score),
    accessibility: percent(lhr.categories.accessibility?.score),
    bestPractices: percent(lhr.categories["best-practices"]?.score),
    seo: percent(lhr.categories.seo?.score),
    tbtMs: Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? Number.NaN),
    lcpMs: Math.round(lhr.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN),
    cls: Number((lhr.audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN).toFixed(3)),
    runs,
  };
}

export type LighthouseTarget = { page: string; name: string; met: boolean; figure: string };

/**
 * Every page: accessibility, best practices and SEO 100, CLS 0. The pages
 * learners open on phones (home, lesson): performance ≥ 95 and TBT ≤ 200 ms.
 * A missed performance or TBT target shows the framework's empty page beside
 * it, measured in the same run: the part of the figure that is Next.js's own.
 */
export function lighthouseTargets(
  pages: readonly PageScores[],
  phonePages: readonly string[],
  framework?: PageScores,
): LighthouseTarget[] {
  const beside = (met: boolean, ours: string, floor: string) =>
    met || !framework ? ours : `${ours}; Next.js's empty page: ${floor}`;
  const targets: LighthouseTarget[] = [];
  for (const p of pages) {
    targets.push(
      { page: p.page, name: "accessibility 100", met: p.accessibility === 100, figure: String(p.accessibility) },
      { page: p.page, name: "best practices 100", met: p.bestPractices === 100, figure: String(p.bestPractices) },
      { page: p.page, name: "SEO 100", met: p.seo === 100, figure: String(p.seo) },
      { page: p.page, name: "CLS 0", met: p.cls === 0, figure: String(p.cls) },
    );
    if (phonePages.includes(p.page)) {
      targets.push(
        {
          page: p.page,
          name: "performance ≥ 95",
          met: p.performance >= 95,
          figure: beside(p.performance >= 95, String(p.performance), String(framework?.performance)),
        },
        {
          page: p.page,
          name: "TBT ≤ 200 ms",
          met: p.tbtMs <= 200,
          figure: beside(p.tbtMs <= 200, `${p.tbtMs} ms`, `${framework?.tbtMs} ms`),
        },
      );
    }
  }
  return targets;
}

export function renderScores(pages: readonly PageScores[]): string {
  const header = ["page", "perf", "a11y", "best pr.", "SEO", "TBT", "LCP", "CLS", "runs"];
  const rows = pages.map((p) => [
    `${p.page} (${p.path})`,
    String(p.performance),
    String(p.accessibility),
    String(p.bestPractices),
    String(p.seo),
    `${p.tbtMs} ms`,
    `${(p.lcpMs / 1000).toFixed(1)} s`,
    String(p.cls),
    String(p.runs),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), ...rows.map(line)].join("\n");
}

export function renderLighthouseTargets(targets: readonly LighthouseTarget[]): string {
  return targets
    .map((t) => `  ${t.met ? "met   " : "MISSED"}  ${t.page}: ${t.name}${t.met ? "" : ` (measured ${t.figure})`}`)
    .join("\n");
}
