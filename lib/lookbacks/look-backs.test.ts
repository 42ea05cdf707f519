import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { NotFoundError, RuleError } from "../errors/errors";
import { deleteEntry, saveReflection } from "../reflections/reflections";
import {
  cancelLookBack,
  completeLookBack,
  getLookBack,
  lookBacksAt,
  myLookBacks,
  scheduleLookBack,
} from "./look-backs";

const LESSON = "check-yourself-first/whats-your-part";
// 10:00 UTC on Monday 30 November 2026 is already Tuesday 1 December in Auckland.
const NOW = new Date("2026-11-30T20:00:00Z");

async function person(
  name: string,
  timeZone: string | null = "Pacific/Auckland",
  role: SessionUser["role"] = "learner",
) {
  const id = randomUUID();
  await db().user.create({ data: { id, name, email: `${id}@example.org`, timeZone, role } });
  return { id, name, email: `${id}@example.org`, role, timeZone } satisfies SessionUser;
}

async function answer(learner: SessionUser, body = "I went quiet in the meeting.") {
  const id = randomUUID();
  await saveReflection(
    learner,
    id,
    { promptId: "whats-your-part", lessonKey: LESSON, promptText: "What's your part?", body, baseVersion: 0 },
    new Date("2026-11-20T09:00:00Z"),
  );
  return id;
}

describe("scheduling a look-back", () => {
  it("counts from today in the learner's own zone, and moves rather than doubles", async () => {
    const ana = await person("Ana");
    const entry = await answer(ana);
    expect(await scheduleLookBack(ana, entry, { weeks: 1 }, NOW)).toEqual({ day: "2026-12-08" });
    expect(await scheduleLookBack(ana, entry, { weeks: 2 }, NOW)).toEqual({ day: "2026-12-15" });
    expect(await scheduleLookBack(ana, entry, { months: 1 }, NOW)).toEqual({ day: "2027-01-01" });
    expect(await scheduleLookBack(ana, entry, { day: "2027-03-04" }, NOW)).toEqual({ day: "2027-03-04" });
    const rows = await db().lookBack.findMany({ where: { userId: ana.id } });
    expect(rows).toHaveLength(1);
    // Midnight in Auckland (UTC+13 in March) is 11:00 UTC the day before.
    expect(rows[0]).toMatchObject({ day: "2027-03-04", dueAt: new Date("2027-03-03T11:00:00.000Z") });
  });

  it("refuses a day in the past, today, too far ahead or not a date, and keeps the one already set", async () => {
    const ben = await person("Ben", null);
    const entry = await answer(ben);
    await scheduleLookBack(ben, entry, { weeks: 2 }, NOW);
    const refusals: [string, RegExp][] = [
      ["2026-11-29", /after today/],
      ["2026-11-30", /after today/],
      ["2028-12-01", /within 2 years/],
      ["2027-02-30", /real date/],
      ["soon", /real date/],
    ];
    for (const [day, message] of refusals) {
      const refused = scheduleLookBack(ben, entry, { day }, NOW);
      await expect(refused).rejects.toBeInstanceOf(RuleError);
      await expect(scheduleLookBack(ben, entry, { day }, NOW)).rejects.toThrow(message);
    }
    expect(await scheduleLookBack(ben, entry, { day: "2028-11-30" }, NOW)).toEqual({ day: "2028-11-30" });
    await scheduleLookBack(ben, entry, { weeks: 2 }, NOW);
    await expect(scheduleLookBack(ben, entry, { day: "2020-01-01" }, NOW)).rejects.toBeInstanceOf(RuleError);
    expect((await db().lookBack.findFirstOrThrow({ where: { userId: ben.id } })).day).toBe("2026-12-14");
  });
});

describe("whose look-back it is", () => {
  it("no other learner, facilitator or admin can schedule, read, move, cancel or complete it", async () => {
    const owner = await person("Owner");
    const entry = await answer(owner, "Private text about Jordan");
    await scheduleLookBack(owner, entry, { weeks: 1 }, NOW);
    const lookBack = await db().lookBack.findFirstOrThrow({ where: { userId: owner.id } });
    const later = new Date("2026-12-20T00:00:00Z");
    for (const other of [
      await person("Other"),
      await person("Fac", "UTC", "facilitator"),
      await person("Adm", "UTC", "admin"),
    ]) {
      await expect(scheduleLookBack(other, entry, { weeks: 3 }, NOW)).rejects.toBeInstanceOf(NotFoundError);
      await expect(cancelLookBack(other, entry)).rejects.toBeInstanceOf(NotFoundError);
      await expect(getLookBack(other, lookBack.id, later)).rejects.toBeInstanceOf(NotFoundError);
      await expect(
        completeLookBack(other, lookBack.id, { body: "Mine now", changeNote: "x" }, later),
      ).rejects.toBeInstanceOf(NotFoundError);
      expect(await lookBacksAt(other, [entry])).toEqual(new Map());
      expect(await myLookBacks(other, later)).toEqual({ due: [], upcoming: [], done: [] });
    }
    expect(await db().lookBack.findUniqueOrThrow({ where: { id: lookBack.id } })).toMatchObject({
      day: lookBack.day,
      doneAt: null,
      answerId: null,
    });
    expect(await db().reflection.count({ where: { userId: { not: owner.id }, body: "Mine now" } })).toBe(0);
  });
});

describe("looking back", () => {
  it("opens on its day, saves a new dated answer to the same prompt, and is done once", async () => {
    const cy = await person("Cy", "UTC");
    const entry = await answer(cy, "I blamed the rota.");
    await scheduleLookBack(cy, entry, { day: "2026-12-14" }, NOW);
    const { id } = await db().lookBack.findFirstOrThrow({ where: { userId: cy.id } });

    const before = new Date("2026-12-13T23:59:00Z");
    expect((await myLookBacks(cy, before)).upcoming.map((v) => v.id)).toEqual([id]);
    await expect(completeLookBack(cy, id, { body: "Too early", changeNote: "" }, before)).rejects.toThrow(
      /opens on Monday, December 14, 2026/,
    );

    const on = new Date("2026-12-14T08:00:00Z");
    expect((await myLookBacks(cy, on)).due.map((v) => v.id)).toEqual([id]);
    await completeLookBack(cy, id, { body: "I blamed the rota, and I never asked.", changeNote: "I ask now." }, on);
    const done = await getLookBack(cy, id, on);
    expect(done).toMatchObject({
      doneAt: on,
      changeNote: "I ask now.",
      entry: { id: entry, body: "I blamed the rota." },
    });
    const fresh = await db().reflection.findUniqueOrThrow({ where: { id: done.answerId! } });
    expect(fresh).toMatchObject({ userId: cy.id, promptId: "whats-your-part", lessonKey: LESSON, createdAt: on });
    expect((await myLookBacks(cy, on)).done.map((v) => v.id)).toEqual([id]);
    await expect(completeLookBack(cy, id, { body: "Again", changeNote: "" }, on)).rejects.toBeInstanceOf(RuleError);
    expect(await db().reflection.count({ where: { userId: cy.id } })).toBe(2);
  });

  it("goes with its answer, and can be cancelled", async () => {
    const dee = await person("Dee");
    const kept = await answer(dee, "Kept");
    const gone = await answer(dee, "Gone");
    await scheduleLookBack(dee, kept, { weeks: 1 }, NOW);
    await scheduleLookBack(dee, gone, { weeks: 1 }, NOW);
    await deleteEntry(dee, gone);
    expect(await db().lookBack.count({ where: { userId: dee.id } })).toBe(1);
    await cancelLookBack(dee, kept);
    expect(await db().lookBack.count({ where: { userId: dee.id } })).toBe(0);
    await expect(cancelLookBack(dee, kept)).rejects.toBeInstanceOf(NotFoundError);
  });
});
