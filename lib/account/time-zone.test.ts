import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { toSessionUser, type SessionUser } from "../auth/session";
import { rememberBrowserTimeZone, setMyTimeZone } from "./time-zone";
import { RuleError } from "../errors/errors";

async function person(name: string, timeZone: string | null = null): Promise<SessionUser> {
  const id = randomUUID();
  const user = { id, name, email: `${name}-${id.slice(0, 6)}@example.org`, role: "learner" as const };
  await db().user.create({ data: { ...user, timeZone } });
  return user;
}

/** The zone the app shows this person's dates in: their user row, as the session reads it. */
async function myTimeZone(user: SessionUser): Promise<string | null | undefined> {
  return toSessionUser(await db().user.findUniqueOrThrow({ where: { id: user.id } }))?.timeZone;
}

async function zoneOf(id: string): Promise<string | null> {
  return (await db().user.findUniqueOrThrow({ where: { id }, select: { timeZone: true } })).timeZone;
}

describe("a person's time zone", () => {
  it("starts empty, so dates are shown in UTC", async () => {
    const ana = await person("ana");
    expect(await myTimeZone(ana)).toBeNull();
  });

  it("is changed on the account page for that person only", async () => {
    const ana = await person("ana");
    const ben = await person("ben", "Europe/Berlin");
    await setMyTimeZone(ana, "Pacific/Auckland");
    expect(await zoneOf(ana.id)).toBe("Pacific/Auckland");
    expect(await zoneOf(ben.id)).toBe("Europe/Berlin");
    expect(await myTimeZone(ana)).toBe("Pacific/Auckland");
  });

  it("refuses a zone that is not in the list, and changes nothing", async () => {
    const ana = await person("ana", "Asia/Tokyo");
    await expect(setMyTimeZone(ana, "Mars/Olympus_Mons")).rejects.toBeInstanceOf(RuleError);
    expect(await zoneOf(ana.id)).toBe("Asia/Tokyo");
  });

  it("takes the browser's zone at sign-up, and at sign-in only while none is set", async () => {
    const ana = await person("ana");
    expect(await rememberBrowserTimeZone(ana.id, "America/Los_Angeles", "sign-in")).toBe(true);
    expect(await zoneOf(ana.id)).toBe("America/Los_Angeles");
    // Signing in from a laptop set to another zone keeps the saved one.
    expect(await rememberBrowserTimeZone(ana.id, "Europe/Lisbon", "sign-in")).toBe(false);
    expect(await zoneOf(ana.id)).toBe("America/Los_Angeles");

    const ben = await person("ben", "UTC");
    expect(await rememberBrowserTimeZone(ben.id, "Australia/Sydney", "sign-up")).toBe(true);
    expect(await zoneOf(ben.id)).toBe("Australia/Sydney");
  });

  it("ignores a browser zone that is missing or unknown", async () => {
    const ana = await person("ana");
    expect(await rememberBrowserTimeZone(ana.id, undefined, "sign-up")).toBe(false);
    expect(await rememberBrowserTimeZone(ana.id, "Not/AZone", "sign-up")).toBe(false);
    expect(await zoneOf(ana.id)).toBeNull();
  });
});
