import { describe, expect, it } from "vitest";
import { MAX_BOUND_IDS, idsFilter, inChunks, keepListed } from "./id-list";

const ids = (n: number) => Array.from({ length: n }, (_, i) => `id-${i}`);

describe("id lists in queries", () => {
  it("binds a short list and keeps every row the query returned", () => {
    expect(idsFilter(["a", "b"])).toEqual({ in: ["a", "b"] });
    expect(keepListed([{ id: "a" }, { id: "z" }], ["a"], (r) => r.id)).toEqual([{ id: "a" }, { id: "z" }]);
  });

  it("leaves a long list out of the query and filters the rows here", () => {
    const long = ids(MAX_BOUND_IDS + 1);
    expect(idsFilter(long)).toBeUndefined();
    const rows = [{ id: "id-3" }, { id: "other" }, { id: `id-${MAX_BOUND_IDS}` }];
    expect(keepListed(rows, long, (r) => r.id)).toEqual([{ id: "id-3" }, { id: `id-${MAX_BOUND_IDS}` }]);
  });

  it("cuts a list into pieces no longer than the limit, in order", () => {
    const chunks = inChunks(ids(MAX_BOUND_IDS * 2 + 3));
    expect(chunks.map((c) => c.length)).toEqual([MAX_BOUND_IDS, MAX_BOUND_IDS, 3]);
    expect(chunks.flat()).toEqual(ids(MAX_BOUND_IDS * 2 + 3));
    expect(inChunks([])).toEqual([]);
  });
});
