import { describe, expect, it } from "vitest";
import { journalHref, openedHref } from "./journal-url";

const ID = "9d7c1cb8-2fe7-4910-b94e-0006a8d70a99";
const OTHER = "0b2f49c2-a823-4195-8e0c-7c86e254b793";

describe("links that draw an answer's forms open (decision 063)", () => {
  it("keep the learner's search, filters, view and page, and land on the answer", () => {
    const at = {
      q: "rota",
      module: "trust-is-fragile",
      visibility: "private" as const,
      view: "timeline" as const,
      page: 3,
    };
    expect(openedHref({ at }, "share", ID)).toBe(
      `/journal?q=rota&module=trust-is-fragile&visibility=private&view=timeline&page=3&share=${ID}#answer-${ID}`,
    );
  });

  it("open one answer's form at a time, whichever was open before", () => {
    expect(openedHref({ at: { page: 2, share: OTHER } }, "lookBack", ID)).toBe(
      `/journal?page=2&lookBack=${ID}#answer-${ID}`,
    );
  });

  it('close it again ("Not now" without JavaScript): the same page and place, with nothing drawn open', () => {
    expect(openedHref({ at: { q: "rota", page: 2, share: ID } }, null, ID)).toBe(`/journal?q=rota&page=2#answer-${ID}`);
    expect(openedHref({ at: { lookBack: ID } }, null, ID)).toBe(`/journal#answer-${ID}`);
  });

  it("leave the plain journal's address as it was", () => {
    expect(journalHref({ view: "lesson", page: 1 })).toBe("/journal");
  });
});
