import { describe, expect, it } from "vitest";
import { behindLearners, type ProgressGrid } from "./behind";

const grid = (learners: ProgressGrid["learners"]): ProgressGrid => ({
  assignments: [{ moduleNumber: 1 }, { moduleNumber: 3 }],
  learners,
});

describe("who is behind", () => {
  it("lists learners with a module overdue, due soon or not started, with every reason", () => {
    const behind = behindLearners(
      grid([
        { userId: "ana", name: "Ana", cells: [{ status: "overdue" }, { status: "not-started" }] },
        { userId: "ben", name: "Ben", cells: [{ status: "done" }, { status: "due-soon" }] },
      ]),
    );
    expect(behind).toEqual([
      { id: "ana", name: "Ana", reason: "Overdue: module 1 · Not started: module 3" },
      { id: "ben", name: "Ben", reason: "Due soon: module 3" },
    ]);
  });

  it("leaves out learners who are on track or finished", () => {
    const behind = behindLearners(
      grid([
        { userId: "cy", name: "Cy", cells: [{ status: "done" }, { status: "in-progress" }] },
        { userId: "dee", name: "Dee", cells: [{ status: "done" }, { status: "done" }] },
      ]),
    );
    expect(behind).toEqual([]);
  });

  it("has nobody behind when nothing is assigned", () => {
    expect(behindLearners({ assignments: [], learners: [{ userId: "eve", name: "Eve", cells: [] }] })).toEqual([]);
  });
});
