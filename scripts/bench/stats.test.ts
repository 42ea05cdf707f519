import { describe, expect, it } from "vitest";
import { formatCount, formatKb, formatMs, formatPercent, formatTimes, percentile, ratio, summarize } from "./stats";

describe("percentile", () => {
  it("returns an observed sample by nearest rank", () => {
    const sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentile(sorted, 50)).toBe(5);
    expect(percentile(sorted, 95)).toBe(10);
    expect(percentile(sorted, 99)).toBe(10);
    expect(percentile(sorted, 10)).toBe(1);
    expect(percentile(sorted, 0)).toBe(1);
    expect(percentile(sorted, 100)).toBe(10);
  });

  it("lets one slow request in a hundred set p99 but not p95", () => {
    const sorted = [...Array.from({ length: 99 }, () => 10), 5000];
    expect(percentile(sorted, 95)).toBe(10);
    expect(percentile(sorted, 99)).toBe(10);
    expect(percentile(sorted, 99.5)).toBe(5000);
  });

  it("is NaN for no samples", () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("summarize", () => {
  it("sorts before taking percentiles and reports count, mean and max", () => {
    expect(summarize([30, 10, 20, 40])).toEqual({ count: 4, p50: 20, p95: 40, p99: 40, mean: 25, max: 40 });
  });

  it("does not reorder the caller's array", () => {
    const values = [3, 1, 2];
    summarize(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe("ratio", () => {
  it("divides, and gives null when a side is missing or the divisor is not positive", () => {
    expect(ratio(1, 4)).toBe(0.25);
    expect(ratio(null, 4)).toBeNull();
    expect(ratio(1, undefined)).toBeNull();
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(Number.NaN, 2)).toBeNull();
  });
});

describe("formatting", () => {
  it("prints counts with separators and small fractions with one decimal", () => {
    expect(formatCount(12345.6)).toBe("12,346");
    expect(formatCount(0.4)).toBe("0.4");
    expect(formatCount(7)).toBe("7");
    expect(formatCount(Number.NaN)).toBe("n/a");
  });

  it("prints milliseconds, percentages, multipliers and kilobytes", () => {
    expect(formatMs(3.14159)).toBe("3.1 ms");
    expect(formatMs(0.042)).toBe("0.04 ms");
    expect(formatMs(1234.4)).toBe("1,234 ms");
    expect(formatPercent(0.0213)).toBe("2.1%");
    expect(formatPercent(0.934)).toBe("93%");
    expect(formatPercent(null)).toBe("n/a");
    expect(formatTimes(1.944)).toBe("1.94×");
    expect(formatTimes(48.6)).toBe("49×");
    expect(formatKb(20 * 1024)).toBe("20.0 KB");
  });
});
