import { describe, expect, it } from "vitest";
import {
  formatOffset,
  groupOffsets,
  groupZones,
  offsetMinutes,
  zoneChoice,
  zoneMatches,
  zoneOffsets,
} from "./zone-choices";
import { TIME_ZONES } from "./zones";

const JANUARY = new Date("2026-01-15T12:00:00Z");
const JULY = new Date("2026-07-15T12:00:00Z");

describe("time zone choices", () => {
  it("names zones by city with today's offset, and keeps the IANA id", () => {
    expect(zoneChoice("Asia/Kolkata", JANUARY)).toMatchObject({
      id: "Asia/Kolkata",
      region: "Asia",
      city: "Kolkata",
      offset: "UTC+05:30",
      label: "Kolkata — UTC+05:30",
    });
    expect(zoneChoice("Asia/Calcutta", JANUARY).city).toBe("Kolkata");
    expect(zoneChoice("Europe/Kiev", JANUARY).city).toBe("Kyiv");
    expect(zoneChoice("America/Argentina/Buenos_Aires", JANUARY).city).toBe("Buenos Aires (Argentina)");
    expect(zoneChoice("America/Los_Angeles", JANUARY).label).toBe("Los Angeles — UTC−08:00");
    expect(zoneChoice("America/Los_Angeles", JULY).label).toBe("Los Angeles — UTC−07:00");
    expect(zoneChoice("UTC", JULY)).toMatchObject({ region: "Other", label: "UTC", offsetMinutes: 0 });
    expect(offsetMinutes("Asia/Kathmandu", JULY)).toBe(345);
    expect(formatOffset(-570)).toBe("UTC−09:30");
  });

  it("groups every zone by region, each exactly once, regions in order and Other last", () => {
    const groups = groupZones(TIME_ZONES, JANUARY);
    const ids = groups.flatMap((g) => g.choices.map((c) => c.id));
    expect(ids.sort()).toEqual([...TIME_ZONES].sort());
    const regions = groups.map((g) => g.region);
    expect(regions.slice(0, 3)).toEqual(["Africa", "Americas", "Antarctica"]);
    expect(regions.at(-1)).toBe("Other");
    const europe = groups.find((g) => g.region === "Europe")!.choices.map((c) => c.city);
    expect(europe).toEqual([...europe].sort((a, b) => a.localeCompare(b, "en")));
  });

  it("keeps one list per quarter hour, and the offsets change with the clocks", () => {
    const berlin = (groups: ReturnType<typeof groupZones>) =>
      groups.flatMap((g) => g.choices).find((c) => c.id === "Europe/Berlin")!.offset;
    // Berlin's clocks went forward at 01:00 UTC on 29 March 2026.
    const before = groupZones(TIME_ZONES, new Date("2026-03-29T00:59:00Z"));
    expect(groupZones(TIME_ZONES, new Date("2026-03-29T00:45:00Z"))).toBe(before);
    expect(berlin(before)).toBe("UTC+01:00");
    const after = groupZones(TIME_ZONES, new Date("2026-03-29T01:00:00Z"));
    expect(after).not.toBe(before);
    expect(berlin(after)).toBe("UTC+02:00");
    expect(berlin(groupZones(TIME_ZONES, new Date("2026-03-29T01:14:59Z")))).toBe("UTC+02:00");
    // Another list of zones is its own.
    expect(
      groupZones(["UTC", "Europe/Berlin"], new Date("2026-03-29T01:05:00Z")).flatMap((g) => g.choices),
    ).toHaveLength(2);
  });

  it("hands the list to the browser as ids and offsets, which rebuild exactly the same groups", () => {
    const offsets = zoneOffsets(TIME_ZONES, JULY);
    expect(offsets).toHaveLength(TIME_ZONES.length);
    expect(offsets).toContainEqual(["Asia/Tokyo", 540]);
    expect(groupOffsets(offsets)).toEqual(groupZones(TIME_ZONES, JULY));
    expect(JSON.stringify(offsets).length).toBeLessThan(JSON.stringify(groupZones(TIME_ZONES, JULY)).length / 4);
  });

  it("finds a zone by city, region, old id or offset, ignoring case and accents", () => {
    const kolkata = zoneChoice("Asia/Kolkata", JANUARY);
    expect(zoneMatches(kolkata, "kolk")).toBe(true);
    expect(zoneMatches(kolkata, "asia kol")).toBe(true);
    expect(zoneMatches(kolkata, "+05:30")).toBe(true);
    expect(zoneMatches(kolkata, "tokyo")).toBe(false);
    expect(zoneMatches(zoneChoice("America/Sao_Paulo", JANUARY), "São")).toBe(true);
    expect(zoneMatches(zoneChoice("America/Los_Angeles", JANUARY), "UTC−08")).toBe(true);
    expect(zoneMatches(zoneChoice("America/Los_Angeles", JANUARY), "utc-08")).toBe(true);
  });
});
