import { describe, expect, it } from "vitest";
import { parseOptions, SCENARIOS, UsageError } from "./options";

describe("parseOptions", () => {
  it("runs everything with the published durations by default", () => {
    const options = parseOptions([]);
    expect([...options.only]).toEqual([...SCENARIOS]);
    expect(options).toMatchObject({ quick: false, skipBuild: false, loadS: 10, warmupS: 2, autosaveS: 30 });
    expect(options.resultsFile).toBe("bench/results.json");
    expect(options.cohortLearners).toBe(200);
  });

  it("shortens the runs with --quick and keeps their results out of git", () => {
    const options = parseOptions(["--quick", "--skip-build"]);
    expect(options).toMatchObject({ quick: true, skipBuild: true, loadS: 3, autosaveS: 8 });
    expect(options.resultsFile).toMatch(/^bench\/tmp\//);
  });

  it("profiles the servers only when asked with --profile", () => {
    expect(parseOptions([]).profile).toBe(false);
    expect(parseOptions(["--quick", "--profile", "--only=autosave"])).toMatchObject({ profile: true, quick: true });
  });

  it("limits the run to the figures named by --only", () => {
    expect([...parseOptions(["--only=lesson,weight"]).only]).toEqual(["lesson", "weight"]);
    expect([...parseOptions(["--only=cohort,dashboard"]).only]).toEqual(["cohort", "dashboard"]);
  });

  it("refuses unknown options and unknown figures", () => {
    expect(() => parseOptions(["--fast"])).toThrow(UsageError);
    expect(() => parseOptions(["--only=lesson,speed"])).toThrow(/--only takes/);
    expect(() => parseOptions(["--only="])).toThrow(UsageError);
  });
});
