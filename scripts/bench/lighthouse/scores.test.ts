import { describe, expect, it } from "vitest";
import { lighthouseTargets, renderLighthouseTargets, scoresOf, type LighthouseResult } from "./scores";

function result(over: { perf?: number; a11y?: number; tbt?: number; cls?: number } = {}): LighthouseResult {
  return {
    categories: {
      performance: { score: over.perf ?? 0.97 },
      accessibility: { score: over.a11y ?? 1 },
      "best-practices": { score: 1 },
      seo: { score: 1 },
    },
    audits: {
      "total-blocking-time": { numericValue: over.tbt ?? 120.4 },
      "largest-contentful-paint": { numericValue: 1840.2 },
      "cumulative-layout-shift": { numericValue: over.cls ?? 0 },
    },
  };
}

describe("Lighthouse scores", () => {
  it("keeps the categories as 0–100 and the timings in whole milliseconds", () => {
    expect(scoresOf("lesson", "/learn/x/y", result(), 3)).toEqual({
      page: "lesson",
      path: "/learn/x/y",
      performance: 97,
      accessibility: 100,
      bestPractices: 100,
      seo: 100,
      tbtMs: 120,
      lcpMs: 1840,
      cls: 0,
      runs: 3,
    });
  });

  it("holds every page to 100/100/100 and CLS 0, and only the phone pages to performance and TBT", () => {
    const lesson = scoresOf("lesson", "/l", result({ perf: 0.85, tbt: 550 }), 3);
    const journal = scoresOf("journal", "/journal", result({ perf: 0.6, tbt: 900, a11y: 0.98, cls: 0.02 }), 3);
    const targets = lighthouseTargets([lesson, journal], ["lesson"]);
    const missed = targets.filter((t) => !t.met).map((t) => `${t.page}: ${t.name} (${t.figure})`);
    expect(missed).toEqual([
      "lesson: performance ≥ 95 (85)",
      "lesson: TBT ≤ 200 ms (550 ms)",
      "journal: accessibility 100 (98)",
      "journal: CLS 0 (0.02)",
    ]);
    expect(targets.filter((t) => t.page === "journal").map((t) => t.name)).not.toContain("performance ≥ 95");
    expect(renderLighthouseTargets(targets)).toContain("MISSED  lesson: TBT ≤ 200 ms (measured 550 ms)");
  });

  it("shows the framework's empty page beside a missed performance or TBT target, and only there", () => {
    const lesson = scoresOf("lesson", "/l", result({ perf: 0.9, tbt: 320 }), 3);
    const home = scoresOf("home", "/", result({ perf: 0.99, tbt: 40 }), 3);
    const framework = scoresOf("Next.js empty page", "/", result({ perf: 0.93, tbt: 260 }), 3);
    const targets = lighthouseTargets([lesson, home], ["lesson", "home"], framework);
    expect(targets.filter((t) => !t.met).map((t) => `${t.page}: ${t.name} (${t.figure})`)).toEqual([
      "lesson: performance ≥ 95 (90; Next.js's empty page: 93)",
      "lesson: TBT ≤ 200 ms (320 ms; Next.js's empty page: 260 ms)",
    ]);
    expect(targets.find((t) => t.page === "home" && t.name === "TBT ≤ 200 ms")?.figure).toBe("40 ms");
    // The framework's own page is measured, not judged.
    expect(targets.map((t) => t.page)).not.toContain("Next.js empty page");
  });
});
