import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { getPrompts } from "../course/prompts";
import { JOURNAL_PAGE_SIZE, journal, promptHistory, timeline, type JournalPage } from "./journal";

let counter = 0;

async function learner(name: string): Promise<SessionUser> {
  counter += 1;
  const id = `${name}-${counter}-${randomUUID().slice(0, 8)}`;
  const email = `${id}@example.org`;
  await db().user.create({ data: { id, name, email } });
  return { id, name, email, role: "learner" };
}

const day = (n: number) => new Date(Date.UTC(2026, 2, 1) + n * 24 * 60 * 60 * 1000);

function promptOf(promptId: string) {
  const prompt = getPrompts().get(promptId);
  if (!prompt) throw new Error(`No prompt ${promptId} in the course`);
  return prompt;
}

async function write(
  who: SessionUser,
  promptId: string,
  body: string,
  options: { at?: Date; shared?: boolean; lessonKey?: string; promptText?: string } = {},
): Promise<string> {
  const prompt = getPrompts().get(promptId);
  const id = randomUUID();
  const at = options.at ?? day(0);
  await db().reflection.create({
    data: {
      id,
      userId: who.id,
      promptId,
      lessonKey: options.lessonKey ?? prompt?.lesson.key ?? "gone-module/gone-lesson",
      promptText: options.promptText ?? prompt?.prompt ?? "A question that was removed",
      body,
      createdAt: at,
      updatedAt: at,
      // Shared: with a cohort of the learner's own.
      ...(options.shared
        ? {
            shares: {
              create: { sharedAt: at, cohort: { create: { name: "Team", members: { create: { userId: who.id } } } } },
            },
          }
        : {}),
    },
  });
  return id;
}

function idsOf(page: JournalPage): string[] {
  return page.groups.flatMap((m) => m.lessons.flatMap((l) => l.prompts.flatMap((p) => p.entries.map((e) => e.id))));
}

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

  it("searches only the learner's own answers and questions, ignoring case", async () => {
    const dee = await learner("dee");
    const eve = await learner("eve");
    const budget = await write(dee, "whats-your-part", "I moved the BUDGET meeting without asking.", { at: day(1) });
    const ownership = await write(dee, "all-the-ownership", "Not really.", { at: day(2) });
    await write(dee, "whats-your-part", "Nothing to do with money.", { at: day(3) });
    const wildcard = await write(dee, "my-remedy", "Fix 100% of the_report by Friday.", { at: day(4) });
    const accents = await write(dee, "honest-inventory", "Ça a été DIFFICILE, à vrai dire.", { at: day(5) });
    await write(eve, "whats-your-part", "The budget meeting was Eve's secret.", { at: day(1) });

    const ids = async (q: string) => (await timeline(dee, { q })).entries.map((e) => e.id);
    expect(await ids("budget")).toEqual([budget]);
    expect(await ids("  Budget  ")).toEqual([budget]);
    // The question's wording counts too.
    expect(await ids("OWNERSHIP")).toEqual([ownership]);
    // Every word must appear.
    expect(await ids("budget asking")).toEqual([budget]);
    expect(await ids("budget friday")).toEqual([]);
    expect(await ids("secret")).toEqual([]);
    // LIKE wildcards are searched for as characters.
    expect(await ids("100%")).toEqual([wildcard]);
    expect(await ids("the_report")).toEqual([wildcard]);
    expect(await ids("%")).toEqual([wildcard]);
    expect(await ids("_")).toEqual([wildcard]);
    // Letters beyond ASCII ignore case too, on SQLite as on PostgreSQL.
    expect(await ids("ÉTÉ")).toEqual([accents]);
    expect(await ids("ça difficile")).toEqual([accents]);
    // Long searches are cut to 200 characters rather than refused.
    expect((await journal(dee, { q: `budget ${"x".repeat(500)}` })).filters.q).toHaveLength(200);

    const none = await journal(dee, { q: "secret" });
    expect(none).toMatchObject({ total: 0, hasAny: true, groups: [] });
    expect((await journal(await learner("fay"), {})).hasAny).toBe(false);
    expect((await journal(eve, { q: "budget" })).total).toBe(1);
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

describe("one question's history", () => {
  it("has every answer, newest first, with earlier versions, and nobody else's", async () => {
    const ivy = await learner("ivy");
    const jo = await learner("jo");
    const first = await write(ivy, "whats-your-part", "Week one.", { at: day(1) });
    const second = await write(ivy, "whats-your-part", "Week two.", { at: day(8) });
    await db().reflectionRevision.create({
      data: { reflectionId: first, version: 1, body: "Week one, first try.", savedAt: day(1) },
    });
    await write(jo, "whats-your-part", "Jo's answer.", { at: day(4) });

    const history = await promptHistory(ivy, "whats-your-part");
    expect(history?.prompt).toBe("What's your part?");
    expect(history?.lesson?.key).toBe("check-yourself-first/whats-your-part");
    expect(history?.entries.map((e) => e.id)).toEqual([second, first]);
    expect(history?.entries[1]?.revisions).toEqual([{ version: 1, body: "Week one, first try.", savedAt: day(1) }]);

    const josView = await promptHistory(jo, "whats-your-part");
    expect(josView?.entries.map((e) => e.body)).toEqual(["Jo's answer."]);
  });

  it("keeps answers to a removed question under the words the learner saw", async () => {
    const kit = await learner("kit");
    await write(kit, "gone-question", "Still mine.", { promptText: "How did it feel?" });
    const history = await promptHistory(kit, "gone-question");
    expect(history).toMatchObject({ prompt: "How did it feel?", inCourse: false, lesson: null });
    expect(await promptHistory(kit, "never-existed")).toBeNull();
    const empty = await promptHistory(kit, "whats-your-part");
    expect(empty?.entries).toEqual([]);
    // Another learner has no history of kit's removed question.
    expect(await promptHistory(await learner("lou"), "gone-question")).toBeNull();
  });
});
