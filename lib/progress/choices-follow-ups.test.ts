// A scenario's follow-up decision (a choice's `then`) is an item of its own,
// `<id>-then-<n>`: the server keeps a learner's choice in it, checked against
// the follow-up's own choices. The lesson here is a fixture, read by the same
// analysis the course uses, so the test does not depend on the course's wording.
import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import type { SessionUser } from "../auth/session";
import { analyseLessonSource } from "../course/lesson-analysis";
import { db } from "../db/client";
import { NotFoundError, RuleError } from "../errors/errors";
import { saveChoice, savedChoices } from "./choices";

const LESSON = "fixture-module/branching";
const SOURCE = `---
title: "A branching lesson"
---

<Scenario
  id="late-handover"
  title="A late handover"
  situation="A colleague hands over work late again."
  choices={[
    { label: "Complain to the team", rating: "worse", outcome: "It gets tense.", why: "Blame starts a fight." },
    {
      label: "Ask what got in the way",
      rating: "strong",
      outcome: "They explain, a little stiffly.",
      why: "A question opens the door.",
      then: {
        situation: "They say your requests always come at the last minute.",
        choices: [
          { label: "Own that and agree a time", rating: "strong", outcome: "Progress.", why: "You met them." },
          { label: "Deny it", rating: "worse", outcome: "Stuck.", why: "It shuts the door." }
        ]
      }
    },
    { label: "Say nothing", rating: "none", outcome: "Nothing changes.", why: "Silence fixes nothing." }
  ]}
/>
`;

vi.mock("../course/lesson-items", () => ({
  itemsOfLesson: (lessonKey: string) =>
    lessonKey === LESSON
      ? new Map(analyseLessonSource(SOURCE, "branching.mdx").items.map((item) => [item.id, item]))
      : undefined,
}));

async function learner(name: string): Promise<SessionUser> {
  const id = randomUUID();
  const email = `${name}-${id}@example.org`;
  await db().user.create({ data: { id, name, email } });
  return { id, name, email, role: "learner" };
}

const choose = (who: SessionUser, itemId: string, chosen: unknown) =>
  saveChoice(who, { lessonKey: LESSON, itemId, choice: { kind: "scenario", chosen } });

async function refusal(call: Promise<unknown>): Promise<{ kind: string; message: string }> {
  try {
    await call;
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof RuleError)
      return { kind: error.kind, message: error.message };
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("a scenario's follow-up decision", () => {
  it("is registered as an item of its own, after the scenario, with its own number of choices", () => {
    expect(analyseLessonSource(SOURCE, "branching.mdx").items).toEqual([
      { kind: "scenario", id: "late-handover", choices: 3 },
      { kind: "scenario", id: "late-handover-then-2", choices: 2 },
    ]);
  });

  it("keeps the learner's choice in the follow-up beside the first choice, and only theirs", async () => {
    const ana = await learner("ana");
    const ben = await learner("ben");
    expect(await choose(ana, "late-handover", 1)).toEqual({ kind: "scenario", chosen: 1 });
    expect(await choose(ana, "late-handover-then-2", 1)).toEqual({ kind: "scenario", chosen: 1 });
    expect(await choose(ana, "late-handover-then-2", 0)).toEqual({ kind: "scenario", chosen: 0 });

    expect(await savedChoices(ana, LESSON)).toEqual({
      "late-handover": { kind: "scenario", chosen: 1 },
      "late-handover-then-2": { kind: "scenario", chosen: 0 },
    });
    expect(await savedChoices(ben, LESSON)).toEqual({});
    const rows = await db().checkChoice.findMany({
      where: { userId: ana.id },
      select: { itemId: true, kind: true, chosen: true },
      orderBy: { itemId: "asc" },
    });
    expect(rows).toEqual([
      { itemId: "late-handover", kind: "scenario", chosen: 1 },
      { itemId: "late-handover-then-2", kind: "scenario", chosen: 0 },
    ]);
  });

  it("refuses a choice the follow-up doesn't have, and a follow-up no choice leads to", async () => {
    const cal = await learner("cal");
    // The follow-up has two choices, though the scenario has three.
    expect(await refusal(choose(cal, "late-handover-then-2", 2))).toEqual({
      kind: "rule",
      message: "That option isn't one of this scenario's choices.",
    });
    // The first and third choices lead nowhere further.
    for (const itemId of ["late-handover-then-1", "late-handover-then-3"])
      expect(await refusal(choose(cal, itemId, 0))).toEqual({
        kind: "not-found",
        message: "This lesson has no check or scenario with that id.",
      });
    expect(
      await refusal(
        saveChoice(cal, {
          lessonKey: LESSON,
          itemId: "late-handover-then-2",
          choice: { kind: "check", tried: [1], finish: null },
        }),
      ),
    ).toEqual({ kind: "rule", message: "That is a scenario, not a knowledge check." });
    expect(await db().checkChoice.count({ where: { userId: cal.id } })).toBe(0);
  });
});
