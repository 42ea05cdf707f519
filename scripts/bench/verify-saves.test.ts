import { describe, expect, it } from "vitest";
import { verifySaves, type AckRecord, type StoredEntry } from "./verify-saves";

const stored = (...rows: StoredEntry[]) => new Map(rows.map((row) => [row.id, row]));

describe("verifySaves", () => {
  it("counts an entry whose stored version and text match the last acknowledged save as intact", () => {
    const records: AckRecord[] = [{ entryId: "a", acks: 3, last: { version: 3, body: "third" } }];
    expect(verifySaves(records, stored({ id: "a", version: 3, body: "third" }))).toEqual({
      learners: 1,
      acknowledged: 3,
      intact: 1,
      lost: 0,
      versionMismatches: 0,
      landedUnacknowledged: 0,
    });
  });

  it("counts a missing row, an older version or different text as lost", () => {
    const records: AckRecord[] = [
      { entryId: "missing", acks: 1, last: { version: 1, body: "x" } },
      { entryId: "older", acks: 4, last: { version: 4, body: "four" } },
      { entryId: "other-text", acks: 2, last: { version: 2, body: "mine" } },
    ];
    const result = verifySaves(
      records,
      stored({ id: "older", version: 3, body: "three" }, { id: "other-text", version: 2, body: "theirs" }),
    );
    expect(result.lost).toBe(3);
    expect(result.intact).toBe(0);
  });

  it("explains a newer stored version (a save whose answer never arrived) without calling it lost", () => {
    const records: AckRecord[] = [{ entryId: "a", acks: 2, last: { version: 2, body: "two" } }];
    const result = verifySaves(records, stored({ id: "a", version: 3, body: "three" }));
    expect(result).toMatchObject({ lost: 0, intact: 0, landedUnacknowledged: 1, versionMismatches: 1 });
  });

  it("flags a version that differs from the number of acknowledgements", () => {
    const records: AckRecord[] = [{ entryId: "a", acks: 2, last: { version: 3, body: "three" } }];
    expect(verifySaves(records, stored({ id: "a", version: 3, body: "three" }))).toMatchObject({
      intact: 1,
      versionMismatches: 1,
    });
  });

  it("has nothing to lose for a learner with no acknowledged save", () => {
    const records: AckRecord[] = [{ entryId: "a", acks: 0, last: null }];
    expect(verifySaves(records, stored())).toMatchObject({ intact: 1, lost: 0 });
  });
});
