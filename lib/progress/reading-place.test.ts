import { describe, expect, it } from "vitest";
import { parseReadingPlace, READING_PLACE_MAX_CHARS, withVisit } from "./reading-place";

describe("a signed-out reader's place", () => {
  it("records visits and the first time the end was reached", () => {
    const first = withVisit(undefined, "trust-is-fragile/how-trust-breaks", new Date("2026-03-01T09:00:00Z"));
    const ended = withVisit(first, "trust-is-fragile/how-trust-breaks", new Date("2026-03-01T09:10:00Z"), true);
    const again = withVisit(ended, "trust-is-fragile/how-trust-breaks", new Date("2026-03-02T09:00:00Z"), true);
    expect(parseReadingPlace(JSON.stringify(again))).toEqual([
      {
        lessonKey: "trust-is-fragile/how-trust-breaks",
        visitedAt: new Date("2026-03-02T09:00:00Z"),
        reachedEndAt: new Date("2026-03-01T09:10:00Z"),
      },
    ]);
  });

  it("reads anything else as nothing, never as an error", () => {
    for (const text of [
      undefined,
      "",
      "not json",
      "[]",
      '{"lessons":{"a":{"visitedAt":"yesterday"}}}',
      '{"lessons":{"a":{"visitedAt":"2026-03-01T09:00:00Z","extra":1}},"x":{"__proto__":1}}',
      "x".repeat(READING_PLACE_MAX_CHARS + 1),
      42,
    ]) {
      const entries = parseReadingPlace(text);
      expect(entries.every((e) => e.visitedAt instanceof Date && !Number.isNaN(e.visitedAt.getTime()))).toBe(true);
    }
    expect(parseReadingPlace("not json")).toEqual([]);
    expect(withVisit("garbage", "a/b", new Date("2026-03-01T09:00:00Z"))).toEqual({
      lessons: { "a/b": { visitedAt: "2026-03-01T09:00:00.000Z" } },
    });
  });
});
