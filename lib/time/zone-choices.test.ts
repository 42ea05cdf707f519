import { describe, expect, it } from "vitest";
import { formatOffset, groupZones, offsetMinutes, zoneChoice, zoneMatches } from "./zone-choices";
import { TIME_ZONES } from "./zone-names";

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
