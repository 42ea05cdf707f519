// The label names exactly who can see an entry; the sentences around sharing
// say what happened and what comes next.
import { describe, expect, it } from "vitest";
import {
  noCohortMessage,
  readersSentence,
  sharedMessage,
  stoppedMessage,
  visibilityLabel,
  type SharingCohort,
} from "./visibility";

const cohort = (name: string, facilitators: string[], archived = false): SharingCohort => ({
  id: name.toLowerCase().replace(/\W+/g, "-"),
  name,
  archived,
  facilitators,
});

const support = cohort("Support team", ["Priya Raman"]);
const leads = cohort("Leads", ["Ana Silva"]);

describe("visibilityLabel", () => {
  it("says a private entry is the learner's alone", () => {
    expect(visibilityLabel([])).toBe("Only you can see this.");
  });

  it("names the people and their cohort", () => {
    expect(visibilityLabel([support])).toBe("You and Priya Raman (facilitator of Support team) can see this.");
    expect(visibilityLabel([cohort("Support team", ["Priya Raman", "Sam Okafor"])])).toBe(
      "You, Priya Raman and Sam Okafor (facilitators of Support team) can see this.",
    );
    expect(visibilityLabel([cohort("Support team", ["Priya Raman", "Sam Okafor", "Lee Wong"])])).toBe(
      "You, Priya Raman, Sam Okafor and Lee Wong (facilitators of Support team) can see this.",
    );
  });

  it("reads naturally across several cohorts, naming someone who runs two of them once", () => {
    expect(visibilityLabel([support, leads])).toBe(
      "You, Priya Raman (facilitator of Support team) and Ana Silva (facilitator of Leads) can see this.",
    );
    expect(visibilityLabel([support, cohort("Leads", ["Priya Raman"])])).toBe(
      "You and Priya Raman (facilitator of Support team and Leads) can see this.",
    );
    expect(visibilityLabel([cohort("Support team", ["Priya Raman", "Sam Okafor"]), leads])).toBe(
      "You, Priya Raman, Sam Okafor (facilitators of Support team) and Ana Silva (facilitator of Leads) can see this.",
    );
  });

  it("says when no one else can see it for now, and why", () => {
    expect(visibilityLabel([cohort("Old team", ["Priya Raman"], true)])).toBe(
      "Shared with Old team, but no one else can see it for now: the cohort is archived.",
    );
    expect(visibilityLabel([cohort("Night shift", [])])).toBe(
      "Shared with Night shift, but no one else can see it for now: the cohort has no facilitator.",
    );
    expect(visibilityLabel([cohort("Old team", ["Priya Raman"], true), cohort("Night shift", [])])).toBe(
      "Shared with Old team and Night shift, but no one else can see it for now: those cohorts are archived or have no facilitator.",
    );
    expect(visibilityLabel([support, cohort("Old team", ["Sam Okafor"], true)])).toBe(
      "You and Priya Raman (facilitator of Support team) can see this. It's also shared with Old team, but no one there can see it for now: the cohort is archived.",
    );
  });
});

describe("the sentences around sharing", () => {
  it("names who will read it before sharing, and who can once shared", () => {
    expect(readersSentence(support)).toBe("Priya Raman (its facilitator) will be able to read it and reply.");
    expect(readersSentence(cohort("Leads", ["Ana Silva", "Sam Okafor"]))).toBe(
      "Ana Silva and Sam Okafor (its facilitators) will be able to read it and reply.",
    );
    expect(readersSentence(cohort("Night shift", []))).toContain("has no facilitator right now");
    expect(sharedMessage(support)).toBe("Shared with Support team. Priya Raman can read it now.");
    expect(sharedMessage(cohort("Night shift", []))).toBe("Shared with Night shift. No one there can read it for now.");
  });

  it("says afterwards that only the learner can see it, or who still can", () => {
    expect(stoppedMessage(["Support team"], 0)).toBe("No longer shared. Only you can see this answer now.");
    expect(stoppedMessage([], 0)).toBe("No longer shared. Only you can see this answer now.");
    expect(stoppedMessage(["Support team"], 1)).toBe(
      "Stopped sharing with Support team. Its facilitators can no longer read this answer.",
    );
    expect(stoppedMessage([], 1)).toBe("It wasn't shared with that cohort, so nothing changed.");
  });

  it("says plainly that sharing needs a cohort", () => {
    expect(noCohortMessage([])).toMatch(/^Sharing needs a cohort\./);
    expect(noCohortMessage([cohort("Old team", ["Priya Raman"], true)])).toMatch(/^Your cohort is archived/);
  });
});
