import { describe, expect, it } from "vitest";
import { getPrompts } from "../course/prompts";
import { day, idsOf, learner, promptOf, write } from "../../tests/setup/journal-entries";
import { JOURNAL_PAGE_SIZE, journal, timeline } from "./journal";

describe("the journal", () => {
  it("groups a learner's answers by module, lesson and question in course order, newest first", async () => {
    const ana = await learner("ana");
    const ben = await learner("ben");
    const older = await write(ana, "whats-your-part", "I stopped answering her messages.", { at: day(1) });
    const newer = await write(ana, "whats-your-part", "I took the credit in the meeting.", { at: day(8) });
    const first = await write(ana, "small-things-that-built-trust", "She remembered my deadline.", { at: day(9) });
    const plan = await write(ana, "plan-my-part", "My part is the silence.", { at: day(3) });
    const removed = await write(ana, "a-removed-question", "Something from an old lesson.", { at: day(2) });
    const bens = await write(ben, "whats-your-part", "Ben's own private words.", { at: day(5) });

    const page = await journal(ana, {});
    expect(page.total).toBe(5);
    expect(page.hasAny).toBe(true);
    expect(page.groups.map((g) => g.slug)).toEqual(["trust-is-fragile", "check-yourself-first", "your-turn", "other"]);
    const moduleTwo = page.groups[1]!;
    expect(moduleTwo.number).toBe(2);
    expect(moduleTwo.lessons[0]?.title).toBe(promptOf("whats-your-part").lesson.title);
    const question = moduleTwo.lessons[0]!.prompts[0]!;
    expect(question.promptText).toBe("What's your part?");
    expect(question.entries.map((e) => e.id)).toEqual([newer, older]);
    expect(question.entries[0]?.createdAt.toISOString()).toBe(day(8).toISOString());
    expect(idsOf(page)).toEqual([first, newer, older, plan, removed]);

    const other = page.groups[3]!;
    expect(other.number).toBeNull();
    expect(other.lessons[0]?.prompts[0]).toMatchObject({ promptText: "A question that was removed", inCourse: false });
    expect(idsOf(page)).not.toContain(bens);
    expect(idsOf(await journal(ben, {}))).toEqual([bens]);
  });

  it("pages through many answers, 30 at a time, without losing or repeating any", async () => {
    const cy = await learner("cy");
    const prompts = [...getPrompts().keys()];
    const written = new Set<string>();
    for (let i = 0; i < 65; i += 1)
      written.add(await write(cy, prompts[i % prompts.length]!, `Answer ${i}`, { at: day(i) }));

    const pages = [1, 2, 3].map((page) => journal(cy, { page }));
    const [one, two, three] = await Promise.all(pages);
    expect(one).toMatchObject({ page: 1, pageCount: 3, total: 65, perPage: JOURNAL_PAGE_SIZE });
    expect(idsOf(one!)).toHaveLength(30);
    expect(idsOf(two!)).toHaveLength(30);
    expect(idsOf(three!)).toHaveLength(5);
    const seen = [...idsOf(one!), ...idsOf(two!), ...idsOf(three!)];
    expect(new Set(seen)).toEqual(written);
    expect(seen).toHaveLength(65);
    // A page past the end shows the last page.
    expect((await journal(cy, { page: 99 })).page).toBe(3);

    const times = await Promise.all([1, 2, 3].map((page) => timeline(cy, { page })));
    const flat = times.flatMap((t) => t.entries);
    expect(flat).toHaveLength(65);
    const created = flat.map((e) => e.createdAt.getTime());
    expect(created).toEqual([...created].sort((a, b) => b - a));
  });

  it("filters by module and by who can see an answer, with counts for each choice", async () => {
    const gus = await learner("gus");
    const other = await learner("hal");
    const shared = await write(gus, "whats-your-part", "Shared part.", { at: day(1), shared: true });
    const privateOne = await write(gus, "whats-your-part", "Private part.", { at: day(2) });
    const moduleOne = await write(gus, "moment-trust-dipped", "The dip.", { at: day(3), shared: true });
    await write(other, "whats-your-part", "Hal shares too.", { at: day(1), shared: true });

    const sharedOnly = await journal(gus, { visibility: "shared" });
    expect(idsOf(sharedOnly).sort()).toEqual([shared, moduleOne].sort());
    expect(idsOf(await journal(gus, { visibility: "private" }))).toEqual([privateOne]);
    const moduleTwo = await journal(gus, { module: "check-yourself-first" });
    expect(idsOf(moduleTwo)).toEqual([privateOne, shared]);
    expect(moduleTwo.counts.visibility).toEqual({ all: 2, private: 1, shared: 1 });
    expect(idsOf(await journal(gus, { module: "check-yourself-first", visibility: "shared" }))).toEqual([shared]);
    expect(sharedOnly.counts.modules.map((m) => [m.slug, m.count])).toEqual([
      ["trust-is-fragile", 1],
      ["check-yourself-first", 1],
    ]);
    // An unknown module is no filter at all.
    const unknown = await journal(gus, { module: "no-such-module" });
    expect(unknown.filters.module).toBeNull();
    expect(unknown.total).toBe(3);
  });
});
