import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { NotFoundError, RuleError } from "../errors/errors";
import { saveChoice, savedChoices } from "./choices";

// content/modules/02-check-yourself-first/02-whats-your-part.mdx: four options, the second (1) is right.
const CHECK_LESSON = "check-yourself-first/whats-your-part";
const CHECK = "purpose-of-the-question";
// content/modules/01-trust-is-fragile/02-how-trust-breaks.mdx: three choices.
const SCENARIO_LESSON = "trust-is-fragile/how-trust-breaks";
const SCENARIO = "schedule-change";

async function learner(name: string): Promise<SessionUser> {
  const id = randomUUID();
  const email = `${name}-${id}@example.org`;
  await db().user.create({ data: { id, name, email } });
  return { id, name, email, role: "learner" };
}

const tryCheck = (who: SessionUser, tried: number[], finish: "found" | "shown" | null = null) =>
  saveChoice(who, { lessonKey: CHECK_LESSON, itemId: CHECK, choice: { kind: "check", tried, finish } });
const chooseScenario = (who: SessionUser, chosen: number) =>
  saveChoice(who, { lessonKey: SCENARIO_LESSON, itemId: SCENARIO, choice: { kind: "scenario", chosen } });

/** The refusal a call ends in: its kind and sentence. */
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

describe("remembered choices", () => {
  it("keeps a check's wrong tries in order and how it ended, and a scenario's last choice", async () => {
    const ana = await learner("ana");
    expect(await tryCheck(ana, [3])).toEqual({ kind: "check", tried: [3], finish: null });
    expect(await tryCheck(ana, [3, 0])).toEqual({ kind: "check", tried: [3, 0], finish: null });
    expect(await tryCheck(ana, [3, 0], "found")).toEqual({ kind: "check", tried: [3, 0], finish: "found" });
    await chooseScenario(ana, 0);
    await chooseScenario(ana, 2);

    expect(await savedChoices(ana, CHECK_LESSON)).toEqual({
      [CHECK]: { kind: "check", tried: [3, 0], finish: "found" },
    });
    expect(await savedChoices(ana, SCENARIO_LESSON)).toEqual({ [SCENARIO]: { kind: "scenario", chosen: 2 } });
    const rows = await db().checkChoice.findMany({
      where: { userId: ana.id },
      select: { lessonKey: true, itemId: true, tried: true, finish: true, chosen: true },
      orderBy: { lessonKey: "asc" },
    });
    expect(rows).toEqual([
      { lessonKey: CHECK_LESSON, itemId: CHECK, tried: "3,0", finish: "found", chosen: null },
      { lessonKey: SCENARIO_LESSON, itemId: SCENARIO, tried: "", finish: null, chosen: 2 },
    ]);
  });

  it("never undoes a try: a late or partial save adds to what is kept, and the first ending stays", async () => {
    const ben = await learner("ben");
    await tryCheck(ben, [0, 2]);
    // Another tab, which saw only one try, then shows the answer.
    expect(await tryCheck(ben, [3], "shown")).toEqual({ kind: "check", tried: [0, 2, 3], finish: "shown" });
    // An older request arriving late changes nothing.
    expect(await tryCheck(ben, [0])).toEqual({ kind: "check", tried: [0, 2, 3], finish: "shown" });
    expect(await tryCheck(ben, [], "found")).toEqual({ kind: "check", tried: [0, 2, 3], finish: "shown" });
  });

  it("survives saves racing each other: one row, no try lost", async () => {
    const cy = await learner("cy");
    await Promise.all([tryCheck(cy, [0]), tryCheck(cy, [2]), tryCheck(cy, [3]), tryCheck(cy, [], "found")]);
    expect(await db().checkChoice.count({ where: { userId: cy.id } })).toBe(1);
    const saved = (await savedChoices(cy, CHECK_LESSON))[CHECK];
    expect(saved).toMatchObject({ kind: "check", finish: "found" });
    expect(saved?.kind === "check" ? [...saved.tried].sort() : null).toEqual([0, 2, 3]);
  });

  it("shows each learner only their own choices, and another learner's save never touches them", async () => {
    const ana = await learner("ana");
    const ben = await learner("ben");
    await tryCheck(ana, [0], "found");
    await chooseScenario(ana, 1);

    expect(await savedChoices(ben, CHECK_LESSON)).toEqual({});
    expect(await savedChoices(ben, SCENARIO_LESSON)).toEqual({});
    // Ben's saves to the same items make rows of his own.
    await tryCheck(ben, [2, 3], "shown");
    await chooseScenario(ben, 0);
    expect(await savedChoices(ana, CHECK_LESSON)).toEqual({ [CHECK]: { kind: "check", tried: [0], finish: "found" } });
    expect(await savedChoices(ana, SCENARIO_LESSON)).toEqual({ [SCENARIO]: { kind: "scenario", chosen: 1 } });
    expect(await savedChoices(ben, CHECK_LESSON)).toEqual({
      [CHECK]: { kind: "check", tried: [2, 3], finish: "shown" },
    });
    expect(await db().checkChoice.count({ where: { userId: { in: [ana.id, ben.id] } } })).toBe(4);
  });

  it("refuses an unknown lesson or item with a clear sentence, and writes nothing", async () => {
    const dee = await learner("dee");
    const check = { kind: "check", tried: [0], finish: null };
    expect(await refusal(saveChoice(dee, { lessonKey: "no-such/lesson", itemId: CHECK, choice: check }))).toEqual({
      kind: "not-found",
      message: "There is no such lesson.",
    });
    expect(await refusal(saveChoice(dee, { lessonKey: CHECK_LESSON, itemId: "no-such-check", choice: check }))).toEqual(
      { kind: "not-found", message: "This lesson has no check or scenario with that id." },
    );
    // An item of another lesson is not an item of this one.
    expect(await refusal(saveChoice(dee, { lessonKey: CHECK_LESSON, itemId: SCENARIO, choice: check }))).toMatchObject({
      kind: "not-found",
    });
    expect(
      await refusal(
        saveChoice(dee, { lessonKey: "__proto__", itemId: "constructor", choice: { kind: "scenario", chosen: 0 } }),
      ),
    ).toMatchObject({ kind: "not-found" });
    expect(await db().checkChoice.count({ where: { userId: dee.id } })).toBe(0);
  });

  it("refuses options the item doesn't have, huge or repeated tries, and the wrong kind, and writes nothing", async () => {
    const eve = await learner("eve");
    const cases: [unknown, string][] = [
      [{ kind: "check", tried: [3, 4], finish: null }, "There is no such option."],
      [{ kind: "check", tried: [-1], finish: null }, "There is no such option."],
      [{ kind: "check", tried: [0.5], finish: null }, "An option is a whole number."],
      [{ kind: "check", tried: ["0"], finish: null }, "An option is a number."],
      [
        { kind: "check", tried: Array.from({ length: 100_000 }, () => 0), finish: null },
        "More tries than a question has answers.",
      ],
      [{ kind: "check", tried: [0, 0], finish: null }, "Each answer can be tried only once."],
      [{ kind: "check", tried: [1], finish: null }, "The right answer can't be counted as a wrong try."],
      [{ kind: "check", tried: [], finish: "maybe" }, "A check ends with the answer found or shown."],
      [{ kind: "scenario", chosen: 0 }, "That is a knowledge check, not a scenario."],
      [{ kind: "quiz" }, "Say whether this is a check or a scenario."],
      [null, "Say whether this is a check or a scenario."],
    ];
    for (const [choice, message] of cases) {
      expect(
        await refusal(saveChoice(eve, { lessonKey: CHECK_LESSON, itemId: CHECK, choice })),
        JSON.stringify(choice).slice(0, 60),
      ).toEqual({
        kind: "rule",
        message,
      });
    }
    // The scenario has three choices: 0, 1, 2.
    expect(await refusal(chooseScenario(eve, 3))).toEqual({
      kind: "rule",
      message: "That option isn't one of this scenario's choices.",
    });
    expect(
      await refusal(
        saveChoice(eve, {
          lessonKey: SCENARIO_LESSON,
          itemId: SCENARIO,
          choice: { kind: "check", tried: [0], finish: null },
        }),
      ),
    ).toEqual({ kind: "rule", message: "That is a scenario, not a knowledge check." });
    expect(await db().checkChoice.count({ where: { userId: eve.id } })).toBe(0);
  });

  it("leaves out what the lesson no longer has: unknown items and options past its end", async () => {
    const fay = await learner("fay");
    await db().checkChoice.createMany({
      data: [
        { userId: fay.id, lessonKey: CHECK_LESSON, itemId: CHECK, kind: "check", tried: "0,7,x,1", finish: "found" },
        { userId: fay.id, lessonKey: CHECK_LESSON, itemId: "a-removed-check", kind: "check", tried: "0" },
        { userId: fay.id, lessonKey: SCENARIO_LESSON, itemId: SCENARIO, kind: "scenario", chosen: 9 },
      ],
    });
    expect(await savedChoices(fay, CHECK_LESSON)).toEqual({ [CHECK]: { kind: "check", tried: [0], finish: "found" } });
    expect(await savedChoices(fay, SCENARIO_LESSON)).toEqual({});
    expect(await savedChoices(fay, "no-such/lesson")).toEqual({});
  });
});
