import { describe, expect, it } from "vitest";
import { dueText, formatDate, formatDateTime, formatDay, formatMonth, formatTime, sameZone } from "./format";

const lateUtc = new Date("2026-11-30T23:30:00Z");

describe("formatting in a person's zone", () => {
  it("shows the day as the reader lives it", () => {
    expect(formatDate(lateUtc, "UTC")).toBe("November 30, 2026");
    expect(formatDate(lateUtc, "Pacific/Auckland")).toBe("December 1, 2026");
    expect(formatDate(lateUtc, "America/Los_Angeles")).toBe("November 30, 2026");
    expect(formatDate(lateUtc, null)).toBe("November 30, 2026");
    expect(formatDate(lateUtc, "Pacific/Kiritimati")).toBe("December 1, 2026");
  });

  it("groups by the month in the reader's zone", () => {
    expect(formatMonth(lateUtc, "UTC")).toBe("November 2026");
    expect(formatMonth(lateUtc, "Pacific/Auckland")).toBe("December 2026");
  });

  it("says UTC next to a time of day when the person has no zone", () => {
    expect(formatDateTime(lateUtc, null)).toBe("November 30, 2026 at 23:30 UTC");
    expect(formatDateTime(lateUtc, "Europe/Berlin")).toBe("December 1, 2026 at 00:30");
    expect(formatTime(lateUtc, "Asia/Kolkata")).toBe("05:00");
    expect(formatTime(lateUtc, null)).toBe("23:30 UTC");
  });

  it("falls back to UTC for a zone it does not know rather than failing the page", () => {
    expect(formatDate(lateUtc, "Mars/Olympus_Mons")).toBe("November 30, 2026");
  });

  it("writes a calendar day as it is, without shifting it", () => {
    expect(formatDay("2026-12-04")).toBe("Friday, December 4, 2026");
    expect(formatDay("2026-12-04", false)).toBe("Friday, December 4");
  });
});

describe("dueText", () => {
  const now = new Date("2026-11-20T12:00:00Z");

  it("is plain when the reader shares the cohort's zone", () => {
    expect(dueText({ day: "2026-12-03", cohortZone: "Europe/Berlin", readerZone: "Europe/Berlin", now })).toBe(
      "Due Thursday, December 3",
    );
    expect(dueText({ day: "2026-12-03", cohortZone: "UTC", readerZone: null, now })).toBe("Due Thursday, December 3");
  });

  it("names the cohort's zone when the reader lives elsewhere", () => {
    expect(dueText({ day: "2026-12-03", cohortZone: "Europe/Berlin", readerZone: "Pacific/Auckland", now })).toBe(
      "Due Thursday, December 3 (end of day, Europe/Berlin time)",
    );
    expect(dueText({ day: "2026-12-03", cohortZone: "Europe/Berlin", readerZone: null, now })).toBe(
      "Due Thursday, December 3 (end of day, Europe/Berlin time)",
    );
  });

  it("says the year only when it is not this one", () => {
    expect(dueText({ day: "2027-01-05", cohortZone: "UTC", readerZone: "UTC", now })).toBe(
      "Due Tuesday, January 5, 2027",
    );
  });

  it("treats no zone as UTC when comparing", () => {
    expect(sameZone(null, "UTC")).toBe(true);
    expect(sameZone(undefined, "Asia/Tokyo")).toBe(false);
  });
});
