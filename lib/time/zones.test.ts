import { describe, expect, it } from "vitest";
import { BrowserTimeZoneSchema, isTimeZone, TIME_ZONES, TimeZoneSchema, zoneOrUtc } from "./zones";

describe("time zone names", () => {
  it("lists UTC first and every zone Intl supports", () => {
    expect(TIME_ZONES[0]).toBe("UTC");
    expect(TIME_ZONES).toContain("Europe/Berlin");
    expect(TIME_ZONES).toContain("Pacific/Kiritimati");
    expect(new Set(TIME_ZONES).size).toBe(TIME_ZONES.length);
  });

  it("accepts known zones only", () => {
    expect(isTimeZone("Pacific/Auckland")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    for (const bad of ["Mars/Olympus_Mons", "europe/berlin", "", "+02:00", null, 42]) {
      expect(isTimeZone(bad), String(bad)).toBe(false);
    }
  });

  it("falls back to UTC for a missing or unknown zone", () => {
    expect(zoneOrUtc(null)).toBe("UTC");
    expect(zoneOrUtc(undefined)).toBe("UTC");
    expect(zoneOrUtc("Atlantis/Capital")).toBe("UTC");
    expect(zoneOrUtc("America/Los_Angeles")).toBe("America/Los_Angeles");
  });

  it("explains a refused zone, and lets a browser's odd value pass as nothing", () => {
    expect(TimeZoneSchema.parse(" Europe/Berlin ")).toBe("Europe/Berlin");
    const refused = TimeZoneSchema.safeParse("Mars/Olympus_Mons");
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toMatch(/Choose a time zone/);
    expect(BrowserTimeZoneSchema.parse("Mars/Olympus_Mons")).toBeUndefined();
    expect(BrowserTimeZoneSchema.parse(undefined)).toBeUndefined();
    expect(BrowserTimeZoneSchema.parse("Asia/Tokyo")).toBe("Asia/Tokyo");
  });
});
