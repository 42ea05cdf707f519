import { describe, expect, it } from "vitest";
import { withoutNul } from "./without-nul";

describe("withoutNul", () => {
  it("removes NUL from strings, keys and nested values, and leaves the rest as it was", () => {
    expect(withoutNul("a\u0000b")).toBe("ab");
    expect(withoutNul({ "na\u0000me": ["x\u0000", { deep: "\u0000y" }], n: 3, ok: true, none: null })).toEqual({
      name: ["x", { deep: "y" }],
      n: 3,
      ok: true,
      none: null,
    });
    expect(withoutNul("Priya’s 🙂 <b>")).toBe("Priya’s 🙂 <b>");
    const day = new Date("2026-11-25T00:00:00Z");
    expect((withoutNul({ day }) as { day: Date }).day).toBe(day);
  });
});
