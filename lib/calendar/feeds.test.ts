import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { parseIcs, unescapeText } from "../../tests/setup/ics";
import { hashLinkToken } from "../auth/link-tokens";
import { feedOwner, feedPath, issueFeedToken, myFeed, revokeFeed, tokenFromSegment } from "./feeds";
import { calendarDataFor, calendarFor } from "./load";

const ORIGIN = "https://course.example.org";
const NOW = new Date("2026-11-30T08:00:00Z");

async function person(name: string, role: SessionUser["role"] = "learner", timeZone = "Europe/Berlin") {
  const id = randomUUID();
  const email = `${id}@example.org`;
  await db().user.create({ data: { id, name, email, role, timeZone } });
  return { id, name, email, role, timeZone } satisfies SessionUser;
}

async function cohort(
  name: string,
  timeZone: string,
  facilitator: SessionUser,
  learners: { user: SessionUser; joinedAt?: Date }[],
) {
  const row = await db().cohort.create({
    data: {
      name,
      timeZone,
      createdById: facilitator.id,
      facilitators: { create: { userId: facilitator.id } },
      members: { create: learners.map((l) => ({ userId: l.user.id, joinedAt: l.joinedAt ?? NOW })) },
    },
    select: { id: true },
  });
  return row.id;
}

describe("calendar addresses", () => {
  it("are 32 random bytes, kept only as a hash, and open their owner's feed alone", async () => {
    const ana = await person("Ana");
    const ben = await person("Ben");
    const a = await issueFeedToken(ana);
    const b = await issueFeedToken(ben);
    expect(a.replaced).toBe(false);
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.token, "base64url")).toHaveLength(32);
    expect(a.token).not.toBe(b.token);

    const stored = await db().calendarFeed.findMany({ where: { userId: { in: [ana.id, ben.id] } } });
    expect(stored.map((row) => row.tokenHash).sort()).toEqual([hashLinkToken(a.token), hashLinkToken(b.token)].sort());
    expect(JSON.stringify(stored)).not.toContain(a.token);

    expect((await feedOwner(a.token))?.id).toBe(ana.id);
    expect((await feedOwner(b.token))?.id).toBe(ben.id);
    expect((await myFeed(ana))?.createdAt).toBeInstanceOf(Date);
  });

  it("is replaced at once: the old address opens nothing, the new one its owner's", async () => {
    const ana = await person("Ana");
    const first = await issueFeedToken(ana);
    const second = await issueFeedToken(ana);
    expect(second.replaced).toBe(true);
    expect(await feedOwner(first.token)).toBeNull();
    expect((await feedOwner(second.token))?.id).toBe(ana.id);
    expect(await db().calendarFeed.count({ where: { userId: ana.id } })).toBe(1);
  });

  it("turned off opens nothing, and turning off touches only the caller's own", async () => {
    const ana = await person("Ana");
    const ben = await person("Ben");
    const a = await issueFeedToken(ana);
    const b = await issueFeedToken(ben);
    expect(await revokeFeed(ana)).toBe(true);
    expect(await revokeFeed(ana)).toBe(false);
    expect(await feedOwner(a.token)).toBeNull();
    expect(await myFeed(ana)).toBeNull();
    expect((await feedOwner(b.token))?.id).toBe(ben.id);
  });

  it("opens nothing for a malformed or made-up token, or a disabled account", async () => {
    const ana = await person("Ana");
    const { token } = await issueFeedToken(ana);
    for (const bad of ["", "x", `${token}x`, token.slice(1), "\u0000".repeat(43), hashLinkToken(token)]) {
      expect(await feedOwner(bad), JSON.stringify(bad)).toBeNull();
    }
    expect(await feedOwner(token.replace(/^./, (c) => (c === "A" ? "B" : "A")))).toBeNull();
    await db().user.update({ where: { id: ana.id }, data: { disabledAt: NOW } });
    expect(await feedOwner(token)).toBeNull();
  });

  it("reads the token from '<token>.ics' only", () => {
    const token = "a".repeat(43);
    expect(feedPath(token)).toBe(`/calendar/${token}.ics`);
    expect(tokenFromSegment(`${token}.ics`)).toBe(token);
    for (const bad of [token, `${token}.ICS`, `${token}.ics.ics`, `${"a".repeat(42)}.ics`, `${"a".repeat(42)}!.ics`]) {
      expect(tokenFromSegment(bad), bad).toBeNull();
    }
  });
});

describe("what a calendar holds", () => {
  it("a learner's own unfinished modules in each cohort's zone, and their look-backs, never another's", async () => {
    const fac = await person("Fay", "facilitator");
    const ana = await person("Ana");
    const ben = await person("Ben");
    const tokyo = await cohort("Team Tokyo", "Asia/Tokyo", fac, [{ user: ana }]);
    const la = await cohort("Team LA", "America/Los_Angeles", fac, [
      { user: ana, joinedAt: new Date("2026-11-30T06:00:00Z") },
      { user: ben },
    ]);
    const archived = await cohort("Old team", "UTC", fac, [{ user: ana }]);
    await db().cohort.update({ where: { id: archived }, data: { archivedAt: NOW } });
    await db().assignment.createMany({
      data: [
        { cohortId: tokyo, moduleSlug: "check-yourself-first", dueDate: "2026-12-04" },
        // 06:00 UTC on 30 November is still 29 November in Los Angeles: due 7 days later, on 6 December.
        { cohortId: la, moduleSlug: "check-yourself-first", dueDaysAfterJoin: 7 },
        { cohortId: archived, moduleSlug: "check-yourself-first", dueDate: "2026-12-20" },
      ],
    });
    const secret = "I never told the team about the budget cut.";
    const reflectionId = randomUUID();
    await db().reflection.create({
      data: {
        id: reflectionId,
        userId: ana.id,
        promptId: "whats-your-part",
        lessonKey: "check-yourself-first/whats-your-part",
        promptText: "What's your part?",
        body: secret,
      },
    });
    await db().lookBack.create({
      data: { userId: ana.id, reflectionId, day: "2027-01-15", dueAt: new Date("2027-01-14T23:00:00Z") },
    });
    const benAnswer = randomUUID();
    await db().reflection.create({
      data: {
        id: benAnswer,
        userId: ben.id,
        promptId: "whats-your-part",
        lessonKey: "x/y",
        promptText: "?",
        body: "B",
      },
    });
    await db().lookBack.create({
      data: { userId: ben.id, reflectionId: benAnswer, day: "2027-02-02", dueAt: new Date("2027-02-01T23:00:00Z") },
    });

    const ics = await calendarFor(ana, ORIGIN, NOW);
    expect(ics).not.toContain(secret);
    const { events } = parseIcs(ics);
    expect(
      events.map((e) => [e.get("DTSTART")?.value, unescapeText(e.get("SUMMARY")!.value), e.get("DTSTART")?.params]),
    ).toEqual([
      ["20261204", expect.stringMatching(/^Module \d: .+ — due \(Team Tokyo\)$/), { VALUE: "DATE" }],
      ["20261206", expect.stringMatching(/^Module \d: .+ — due \(Team LA\)$/), { VALUE: "DATE" }],
      ["20270115", "Look back: “What's your part?”", { VALUE: "DATE" }],
    ]);
    expect(unescapeText(events[0]!.get("DESCRIPTION")!.value)).toContain("Asia/Tokyo time");
    expect(unescapeText(events[1]!.get("DESCRIPTION")!.value)).toContain("America/Los Angeles time");

    // Once every lesson of the module is complete, it leaves the calendar.
    const { getCourse } = await import("../course/catalog");
    const lessons = getCourse().modules.find((m) => m.slug === "check-yourself-first")!.lessons;
    await db().lessonProgress.createMany({
      data: lessons.map((l) => ({ userId: ana.id, lessonKey: l.key, completedAt: NOW })),
    });
    const after = await calendarDataFor(ana, ORIGIN, NOW);
    expect(after.assignments).toEqual([]);
    expect(after.lookBacks.map((l) => l.day)).toEqual(["2027-01-15"]);

    // Ben sees his own LA due day (he joined on 30 November there) and his own look-back only.
    const benData = await calendarDataFor(ben, ORIGIN, NOW);
    expect(benData.assignments.map((a) => [a.cohortName, a.day])).toEqual([["Team LA", "2026-12-07"]]);
    expect(benData.lookBacks.map((l) => l.day)).toEqual(["2027-02-02"]);
    expect(benData.facilitating).toEqual([]);
  });

  it("a facilitator's own cohorts' due dates only", async () => {
    const fay = await person("Fay", "facilitator");
    const gus = await person("Gus", "facilitator");
    const ana = await person("Ana");
    const ben = await person("Ben");
    const mine = await cohort("Fay's team", "Asia/Tokyo", fay, [{ user: ana }, { user: ben }]);
    const theirs = await cohort("Gus's team", "UTC", gus, [{ user: ben }]);
    await db().assignment.createMany({
      data: [
        { cohortId: mine, moduleSlug: "check-yourself-first", dueDate: "2026-12-04" },
        { cohortId: mine, moduleSlug: "trust-is-fragile", dueDaysAfterJoin: 3 },
        { cohortId: theirs, moduleSlug: "check-yourself-first", dueDate: "2026-12-24" },
      ],
    });
    const { events } = parseIcs(await calendarFor(fay, ORIGIN, NOW));
    const summaries = events.map((e) => `${e.get("DTSTART")?.value} ${unescapeText(e.get("SUMMARY")!.value)}`);
    expect(summaries).toEqual([
      expect.stringMatching(/^20261203 Module \d: .+ — due for 2 learners \(Fay's team\)$/),
      expect.stringMatching(/^20261204 Module \d: .+ — due \(Fay's team\)$/),
    ]);
    expect(summaries.join("\n")).not.toContain("Gus's team");
    expect(events[1]!.get("URL")?.value).toBe(`${ORIGIN}/facilitator/cohorts/${mine}`);
  });
});
