import { describe, expect, it } from "vitest";
import { day, learner, write } from "../../tests/setup/journal-entries";
import { journal, timeline } from "./journal";

describe("the journal's search", () => {
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
    expect(await ids("WHOLE PROBLEM")).toEqual([ownership]);
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
});
