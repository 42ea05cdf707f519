import { describe, expect, it } from "vitest";
import { initialResults, settlePending } from "./results";

describe("initialResults and settlePending", () => {
  it("says which figures were left out by --only and gives a stopped phase's reason to the rest", () => {
    const results = initialResults(new Set(["lesson", "autosave"]));
    results.autosave.sqlite = { available: false, reason: "measured elsewhere" };
    settlePending(results, "SQLite phase stopped early: disk full");
    expect(results.dashboard).toEqual({ available: false, reason: "not run (--only)" });
    expect(results.cohort).toEqual({ available: false, reason: "not run (--only)" });
    expect(results.lesson.next).toEqual({ available: false, reason: "SQLite phase stopped early: disk full" });
    expect(results.autosave.postgresql).toEqual({ available: false, reason: "SQLite phase stopped early: disk full" });
    expect(results.autosave.sqlite).toEqual({ available: false, reason: "measured elsewhere" });
    expect(results.floors.autosaveSqlite).toEqual({
      available: false,
      reason: "SQLite phase stopped early: disk full",
    });
    expect(results.floors.dashboard).toEqual({ available: false, reason: "not run (--only)" });
  });

  it("gives the cohort overview the reason its phase stopped", () => {
    const results = initialResults(new Set(["cohort"]));
    settlePending(results, "SQLite phase stopped early: seed failed");
    expect(results.cohort).toEqual({ available: false, reason: "SQLite phase stopped early: seed failed" });
    expect(results.dashboard).toEqual({ available: false, reason: "not run (--only)" });
    expect(results.floors.cohort).toEqual({ available: false, reason: "SQLite phase stopped early: seed failed" });
    expect(results.floors.journal).toEqual({ available: false, reason: "not run (--only)" });
  });
});
