import { describe, expect, it } from "vitest";
import { backupRetentionSentence, formatPeriod } from "./retention";

describe("how long a deleted account lives on in backups", () => {
  it("is BACKUP_KEEP backup periods, rounded up", () => {
    expect(backupRetentionSentence({ keep: 14, everyMs: 24 * 60 * 60 * 1000 })).toBe(
      "The site’s backups, which are used only to recover the whole site after a failure, may keep a copy of your account for up to 14 days, until newer backups replace it.",
    );
    expect(formatPeriod(12 * 6 * 60 * 60 * 1000)).toBe("3 days");
    expect(formatPeriod(10 * 6 * 60 * 60 * 1000)).toBe("3 days");
    expect(formatPeriod(10 * 4 * 60 * 60 * 1000)).toBe("40 hours");
    expect(formatPeriod(3 * 30 * 60 * 1000)).toBe("90 minutes");
    expect(formatPeriod(25 * 60 * 60 * 1000)).toBe("25 hours");
  });

  it("is counted in backups when they are not on a schedule", () => {
    expect(backupRetentionSentence({ keep: 1, everyMs: null })).toContain("until a newer backup has replaced it.");
    expect(backupRetentionSentence({ keep: 14, everyMs: null })).toContain("until 14 newer backups have replaced it");
  });
});
