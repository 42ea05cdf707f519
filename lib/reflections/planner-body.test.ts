import { describe, expect, it } from "vitest";
import { REFLECTION_MAX_CHARS, reflectionBodyProblem } from "./limits";
import { parsePlan, planSections, serializePlan, type PlannerField } from "./planner-body";

const fields: PlannerField[] = [
  { id: "opening-line", label: "Opening line" },
  { id: "my-part", label: "My part" },
  { id: "their-view", label: "A question about their view" },
];

describe("the planner's answer as text", () => {
  it("writes each field with text as its label line, then its text, with a blank line between", () => {
    const body = serializePlan(fields, [
      "Thanks for making time.",
      "I sent the codes back\nwith no note.",
      "What gets in the way?",
    ]);
    expect(body).toBe(
      "Opening line:\nThanks for making time.\n\nMy part:\nI sent the codes back\nwith no note.\n\nA question about their view:\nWhat gets in the way?",
    );
    expect(parsePlan(fields, body)).toEqual([
      "Thanks for making time.",
      "I sent the codes back\nwith no note.",
      "What gets in the way?",
    ]);
  });

  it("leaves out empty fields, and an all-empty planner is an empty answer (which is never saved)", () => {
    expect(serializePlan(fields, ["", "  \n ", "Why now?"])).toBe("A question about their view:\nWhy now?");
    expect(parsePlan(fields, "A question about their view:\nWhy now?")).toEqual(["", "", "Why now?"]);
    expect(serializePlan(fields, ["", " ", "\n"])).toBe("");
    expect(parsePlan(fields, "")).toEqual(["", "", ""]);
    expect(reflectionBodyProblem(serializePlan(fields, ["", "", ""]))).not.toBeNull();
  });

  it("keeps blank lines inside a field's text", () => {
    const values = ["First thought.\n\nSecond thought.", "", "Last."];
    expect(parsePlan(fields, serializePlan(fields, values))).toEqual(values);
  });

  it("never mistakes a learner's line that reads like a label for a label, and gives it back as typed", () => {
    const values = [
      "Hello.\n\nMy part:\nstill the opening",
      "My part:",
      "\\Opening line:\nA question about their view:",
    ];
    const body = serializePlan(fields, values);
    expect(body).toContain("\n\\My part:\nstill the opening");
    expect(body).toContain("\n\\\\Opening line:\n\\A question about their view:");
    expect(parsePlan(fields, body)).toEqual(values);
    // A line that only looks close to a label needs no escape.
    const close = ["my part:", "My part: and more", ""];
    expect(serializePlan(fields, close)).toBe("Opening line:\nmy part:\n\nMy part:\nMy part: and more");
    expect(parsePlan(fields, serializePlan(fields, close))).toEqual(close);
  });

  it("reads Windows line breaks as plain ones, both typed in a field and in a saved answer", () => {
    const body = serializePlan(fields, ["One\r\nTwo", "Mine\r\n\r\nAlso mine", ""]);
    expect(body).toBe("Opening line:\nOne\nTwo\n\nMy part:\nMine\n\nAlso mine");
    expect(parsePlan(fields, body.replace(/\n/g, "\r\n"))).toEqual(["One\nTwo", "Mine\n\nAlso mine", ""]);
  });

  it("trims each field, and parsing then writing again gives the same answer", () => {
    const body = serializePlan(fields, ["  padded  \n", "\n\nlate start", ""]);
    expect(parsePlan(fields, body)).toEqual(["padded", "late start", ""]);
    expect(serializePlan(fields, parsePlan(fields, body))).toBe(body);
  });

  it("keeps text that comes before any label (an answer not written in the planner) in the first field", () => {
    expect(parsePlan(fields, "Just some words.\n\nMy part:\nMine.")).toEqual(["Just some words.", "Mine.", ""]);
    expect(parsePlan(fields, "No labels at all.")).toEqual(["No labels at all.", "", ""]);
  });

  it("keeps a label line seen a second time as text, so nothing is dropped", () => {
    expect(parsePlan(fields, "My part:\nOne\n\nMy part:\nTwo")).toEqual(["", "One\n\nMy part:\nTwo", ""]);
  });

  it("counts the labels toward the answer's limit: fields that fit alone can be too long together", () => {
    const half = "x".repeat(REFLECTION_MAX_CHARS / 2);
    const body = serializePlan(fields, [half, half, ""]);
    expect(body.length).toBeGreaterThan(REFLECTION_MAX_CHARS);
    expect(reflectionBodyProblem(body)).toMatch(/up to 10,000 characters/);
    const fits = serializePlan(fields, ["x".repeat(REFLECTION_MAX_CHARS - "Opening line:\n".length), "", ""]);
    expect(fits.length).toBe(REFLECTION_MAX_CHARS);
    expect(reflectionBodyProblem(fits)).toBeNull();
  });

  it("shows labeled parts only for an answer that starts with a label line", () => {
    expect(planSections(fields, "Opening line:\nHi.\n\nA question about their view:\nWhy?")).toEqual([
      { id: "opening-line", label: "Opening line", text: "Hi." },
      { id: "their-view", label: "A question about their view", text: "Why?" },
    ]);
    expect(planSections(fields, "\r\n\nMy part:\r\nMine.")).toEqual([
      { id: "my-part", label: "My part", text: "Mine." },
    ]);
    expect(planSections(fields, "Plain words, no labels.")).toBeNull();
  });
});
