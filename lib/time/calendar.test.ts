import { describe, expect, it } from "vitest";
import {
  addDays,
  addDaysByDateFns,
  dayIn,
  dayInByDateFns,
  endOfDayIn,
  parseDay,
  startOfDayIn,
  zoneOffsetMs,
} from "./calendar";

const iso = (date: Date) => date.toISOString();

describe("endOfDayIn", () => {
  it("ends a day at midnight in zones ahead of and behind UTC", () => {
    expect(iso(endOfDayIn("2026-12-04", "UTC"))).toBe("2026-12-04T23:59:59.999Z");
    expect(iso(endOfDayIn("2026-12-04", "Europe/Berlin"))).toBe("2026-12-04T22:59:59.999Z");
    expect(iso(endOfDayIn("2026-12-04", "Pacific/Auckland"))).toBe("2026-12-04T10:59:59.999Z");
    expect(iso(endOfDayIn("2026-12-04", "America/Los_Angeles"))).toBe("2026-12-05T07:59:59.999Z");
    expect(iso(endOfDayIn("2026-12-04", "Asia/Kolkata"))).toBe("2026-12-04T18:29:59.999Z");
  });

  it("follows daylight saving: a 23-hour and a 25-hour day", () => {
    // Berlin springs forward on 29 March 2026 and falls back on 25 October.
    expect(iso(startOfDayIn("2026-03-29", "Europe/Berlin"))).toBe("2026-03-28T23:00:00.000Z");
    expect(iso(endOfDayIn("2026-03-29", "Europe/Berlin"))).toBe("2026-03-29T21:59:59.999Z");
    expect(iso(startOfDayIn("2026-10-25", "Europe/Berlin"))).toBe("2026-10-24T22:00:00.000Z");
    expect(iso(endOfDayIn("2026-10-25", "Europe/Berlin"))).toBe("2026-10-25T22:59:59.999Z");
    // Southern hemisphere: Auckland springs forward on 27 September 2026.
    expect(iso(endOfDayIn("2026-09-26", "Pacific/Auckland"))).toBe("2026-09-26T11:59:59.999Z");
    expect(iso(endOfDayIn("2026-09-27", "Pacific/Auckland"))).toBe("2026-09-27T10:59:59.999Z");
  });

  it("starts a day whose midnight was skipped at the first moment that exists", () => {
    // São Paulo went from 00:00 straight to 01:00 on 4 November 2018.
    expect(iso(startOfDayIn("2018-11-04", "America/Sao_Paulo"))).toBe("2018-11-04T03:00:00.000Z");
    expect(iso(endOfDayIn("2018-11-03", "America/Sao_Paulo"))).toBe("2018-11-04T02:59:59.999Z");
  });

  it("handles the date line: Kiritimati is UTC+14, and skipped 31 December 1994 altogether", () => {
    expect(iso(endOfDayIn("2026-12-04", "Pacific/Kiritimati"))).toBe("2026-12-04T09:59:59.999Z");
    // 30 December 1994 (UTC−10) ran straight into 1 January 1995 (UTC+14).
    expect(iso(endOfDayIn("1994-12-30", "Pacific/Kiritimati"))).toBe("1994-12-31T09:59:59.999Z");
    expect(iso(startOfDayIn("1995-01-01", "Pacific/Kiritimati"))).toBe("1994-12-31T10:00:00.000Z");
    expect(dayIn(new Date("1994-12-31T09:59:59.999Z"), "Pacific/Kiritimati")).toBe("1994-12-30");
    expect(dayIn(new Date("1994-12-31T10:00:00.000Z"), "Pacific/Kiritimati")).toBe("1995-01-01");
  });

  it("always ends exactly one millisecond before the next day starts, and contains its own day", () => {
    for (const zone of [
      "Europe/London",
      "America/New_York",
      "Australia/Lord_Howe",
      "Pacific/Chatham",
      "Asia/Kathmandu",
    ]) {
      for (let day = "2026-01-01"; day < "2027-01-01"; day = addDays(day, 1)) {
        const end = endOfDayIn(day, zone);
        expect(end.getTime() + 1).toBe(startOfDayIn(addDays(day, 1), zone).getTime());
        expect(dayIn(end, zone)).toBe(day);
        expect(dayIn(startOfDayIn(day, zone), zone)).toBe(day);
      }
    }
  });

  it("refuses a zone Intl does not know", () => {
    expect(() => endOfDayIn("2026-12-04", "Mars/Olympus_Mons")).toThrow(RangeError);
    expect(() => zoneOffsetMs(new Date(), "not a zone")).toThrow(RangeError);
  });
});

describe("dayIn and days", () => {
  it("reads the calendar day of a moment in a zone", () => {
    const lateUtc = new Date("2026-12-04T23:30:00Z");
    expect(dayIn(lateUtc, "UTC")).toBe("2026-12-04");
    expect(dayIn(lateUtc, "Pacific/Auckland")).toBe("2026-12-05");
    expect(dayIn(lateUtc, "America/Los_Angeles")).toBe("2026-12-04");
    expect(dayIn(new Date("2026-12-04T09:00:00Z"), "Pacific/Kiritimati")).toBe("2026-12-04");
    expect(dayIn(new Date("2026-12-04T10:00:00Z"), "Pacific/Kiritimati")).toBe("2026-12-05");
  });

  it("adds days across months, years and leap days", () => {
    expect(addDays("2026-12-30", 3)).toBe("2027-01-02");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("adds days exactly as date-fns does, far and near, and refuses what is not a day", () => {
    for (const day of ["2026-01-31", "2024-02-29", "1999-12-31", "1900-03-01", "2100-02-28", "2026-10-25"]) {
      for (const days of [-400, -366, -29, -1, 0, 1, 7, 28, 35, 365, 1000]) {
        expect(addDays(day, days), `${day} + ${days}`).toBe(addDaysByDateFns(day, days));
      }
    }
    expect(() => addDays("2026-02-30", 1)).toThrow(RangeError);
  });

  it("gives a fresh Date for each day start, however often the same day is asked for", () => {
    const first = startOfDayIn("2026-03-29", "Europe/Berlin");
    first.setTime(0);
    expect(startOfDayIn("2026-03-29", "Europe/Berlin").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(() => startOfDayIn("2026-03-29", "Mars/Olympus_Mons")).toThrow(RangeError);
  });

  it("accepts only real calendar days", () => {
    expect(parseDay("2028-02-29")).toEqual({ year: 2028, month: 2, date: 29 });
    for (const day of ["2026-02-29", "2026-06-31", "2026-13-01", "2026-00-10", "26-12-04", "2026-12-4", "", "today"]) {
      expect(parseDay(day), day).toBeNull();
    }
  });

  it("gives offsets east and west of Greenwich", () => {
    expect(zoneOffsetMs(new Date("2026-12-04T12:00:00Z"), "Pacific/Kiritimati")).toBe(14 * 3600_000);
    expect(zoneOffsetMs(new Date("2026-07-04T12:00:00Z"), "America/Los_Angeles")).toBe(-7 * 3600_000);
    expect(zoneOffsetMs(new Date("2026-07-04T12:00:00Z"), "UTC")).toBe(0);
  });
});

describe("dayIn's fast path", () => {
  it("agrees with date-fns in zones with odd offsets, across clock changes, over years", () => {
    const zones = [
      "UTC",
      "Asia/Tokyo",
      "America/Los_Angeles",
      "Pacific/Kiritimati",
      "Asia/Kathmandu",
      "Europe/Berlin",
      "America/St_Johns",
      "Pacific/Chatham",
    ];
    const start = Date.UTC(2024, 0, 1);
    for (const zone of zones) {
      for (let hour = 0; hour < 3 * 365 * 24; hour += 7) {
        const moment = new Date(start + hour * 3_600_000 + 59 * 60_000);
        expect(dayIn(moment, zone), `${moment.toISOString()} in ${zone}`).toBe(dayInByDateFns(moment, zone));
      }
    }
  });
});
