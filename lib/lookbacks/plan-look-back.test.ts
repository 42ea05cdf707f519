import { describe, expect, it } from "vitest";
import { day, learner, write } from "../../tests/setup/journal-entries";
import { db } from "../db/client";
import { NotFoundError } from "../errors/errors";
import { completeLookBack, scheduleLookBack } from "./look-backs";
import { planLookBack } from "./plan-look-back";

const NOW = new Date("2026-11-30T12:00:00Z");

describe("the plan's look-back", () => {
  it("says where the question is before any answer, and offers nothing to attach to", async () => {
    const ana = await learner("Ana");
    const view = await planLookBack(ana, "plan-my-part", NOW);
    expect(view.answer).toBeNull();
    expect(view.open).toBeNull();
    expect(view.lastDone).toBeNull();
    expect(view.prompt).toMatchObject({
      id: "plan-my-part",
      lessonTitle: "Build your repair plan",
      lessonHref: "/learn/your-turn/build-your-repair-plan",
    });
  });

  it("is set on the latest answer, and stays on the answer it was set on", async () => {
    const ben = await learner("Ben");
    const first = await write(ben, "plan-my-part", "I went quiet.", { at: day(1) });
    const second = await write(ben, "plan-my-part", "I went quiet and I blamed the rota.", { at: day(2) });
    expect((await planLookBack(ben, "plan-my-part", NOW)).answer?.id).toBe(second);

    await scheduleLookBack(ben, first, { day: "2026-12-20" }, NOW);
    const view = await planLookBack(ben, "plan-my-part", NOW);
    expect(view.open).toMatchObject({ entryId: first, day: "2026-12-20", due: false });
    expect((await planLookBack(ben, "plan-my-part", new Date("2026-12-20T00:00:00Z"))).open?.due).toBe(true);
  });

  it("once done, points to then and now and lets a new one go on the answer written then", async () => {
    const cy = await learner("Cy");
    const entry = await write(cy, "plan-my-part", "I interrupted Sam.", { at: day(1) });
    await scheduleLookBack(cy, entry, { day: "2026-12-10" }, NOW);
    const { id } = await db().lookBack.findFirstOrThrow({ where: { userId: cy.id } });
    const on = new Date("2026-12-10T09:00:00Z");
    await completeLookBack(cy, id, { body: "I interrupt less.", changeNote: "Less often." }, on);
    const view = await planLookBack(cy, "plan-my-part", on);
    expect(view.open).toBeNull();
    expect(view.lastDone).toEqual({ id, day: "2026-12-10" });
    expect(view.answer?.id).not.toBe(entry);
  });

  it("never shows another person's answer or look-back, and refuses a question that is not in the course", async () => {
    const owner = await learner("Owner");
    const other = await learner("Other");
    const entry = await write(owner, "plan-my-part", "Private.", { at: day(1) });
    await scheduleLookBack(owner, entry, { day: "2026-12-20" }, NOW);
    expect(await planLookBack(other, "plan-my-part", NOW)).toMatchObject({ answer: null, open: null, lastDone: null });
    await expect(planLookBack(owner, "no-such-prompt", NOW)).rejects.toBeInstanceOf(NotFoundError);
  });
});
