// Small pure helpers for turning raw samples into the figures the report
// prints. Kept free of I/O so they can be unit-tested.

export type LatencySummary = { count: number; p50: number; p95: number; p99: number; mean: number; max: number };

/**
 * Nearest-rank percentile of an ascending list: the smallest sample such that
 * at least p% of samples are at or below it. No interpolation, so a figure is
 * always a latency that was really observed.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  if (p <= 0) return sorted[0] ?? Number.NaN;
  const rank = Math.ceil((Math.min(p, 100) / 100) * sorted.length);
  return sorted[Math.max(0, rank - 1)] ?? Number.NaN;
}

export function summarize(values: readonly number[]): LatencySummary {
  const sorted = [...values].sort((a, b) => a - b);
  const total = sorted.reduce((sum, v) => sum + v, 0);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: sorted.length ? total / sorted.length : Number.NaN,
    max: sorted.length ? (sorted[sorted.length - 1] ?? Number.NaN) : Number.NaN,
  };
}

/** a / b, or null when either side is missing or b is not positive. */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a === null || a === undefined || b === null || b === undefined) return null;
  if (!Number.isFinite(a) || !Number.isFinite(b) || b <= 0) return null;
  return a / b;
}

const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** 12345.6 → "12,346"; small numbers keep one decimal so 0.4 does not print as 0. */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return "n/a";
  return Math.abs(value) < 10 && value !== Math.trunc(value) ? value.toFixed(1) : integer.format(value);
}

export function formatMs(value: number): string {
  if (!Number.isFinite(value)) return "n/a";
  if (value < 1) return `${value.toFixed(2)} ms`;
  if (value < 10) return `${value.toFixed(1)} ms`;
  return `${integer.format(value)} ms`;
}

/** A ratio as a percentage with sensible precision (0.0213 → "2.1%", 0.93 → "93%"). */
export function formatPercent(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return "n/a";
  const percent = value * 100;
  return percent < 10 ? `${percent.toFixed(1)}%` : `${Math.round(percent)}%`;
}

/** A ratio as a multiplier (1.94 → "1.94×"). */
export function formatTimes(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return "n/a";
  return value >= 10 ? `${Math.round(value)}×` : `${value.toFixed(2)}×`;
}

/** Bytes as kilobytes of 1,024 bytes, one decimal ("18.4 KB"). */
export function formatKb(bytes: number): string {
  if (!Number.isFinite(bytes)) return "n/a";
  return `${(bytes / 1024).toFixed(1)} KB`;
}
