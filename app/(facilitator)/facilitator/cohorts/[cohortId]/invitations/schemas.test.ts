// The invite-by-email form's input: the pasted list is read line by line
// (lib/cohorts/invitation-addresses.ts); past the limits, nothing is made.
import { describe, expect, it } from "vitest";
import { INVITE_ADDRESSES_MAX, InviteByEmailSchema } from "./schemas";

describe("the invite-by-email form's input", () => {
  it("accepts 1,000 addresses and refuses 1,001 (or 200 KB) before anything is made", () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => `person-${i}@example.org`).join("\n");
    const ok = InviteByEmailSchema.safeParse({ cohortId: "c1", addresses: lines(INVITE_ADDRESSES_MAX), days: "14" });
    expect(ok.success && ok.data.addresses.addresses).toHaveLength(1000);
    const over = InviteByEmailSchema.safeParse({ cohortId: "c1", addresses: lines(1001), days: "14" });
    expect(over.success).toBe(false);
    expect(over.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["addresses", expect.stringContaining("Paste at most 1,000 addresses at a time")],
    ]);
    const huge = InviteByEmailSchema.safeParse({ cohortId: "c1", addresses: "a".repeat(200_001), days: "14" });
    expect(huge.success).toBe(false);
    const days = InviteByEmailSchema.safeParse({ cohortId: "c1", addresses: "a@b.org", days: "5" });
    expect(days.error?.issues.map((i) => i.path.join("."))).toEqual(["days"]);
  });
});
