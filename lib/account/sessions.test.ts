import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import { NotFoundError, RuleError } from "../errors/errors";
import { listMySessions, signOutMySession, signOutOtherSessions } from "./sessions";

beforeAll(() => {
  process.env.AUTH_SECRET = "unit-test-secret-that-is-long-enough-0123456789";
});

const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
const FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";

async function person(name: string) {
  const id = randomUUID();
  await db().user.create({ data: { id, name, email: `${id}@example.org` } });
  return { id };
}

async function session(userId: string, userAgent: string | null, updatedAt: Date, expiresInMs = 24 * 60 * 60 * 1000) {
  const id = randomUUID();
  await db().session.create({
    data: { id, token: randomUUID(), userId, userAgent, expiresAt: new Date(Date.now() + expiresInMs), updatedAt },
  });
  return id;
}

const ALREADY_SIGNED_OUT = new NotFoundError("That device is already signed out. The list below is up to date.");

const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000);

describe("a person's sessions", () => {
  it("lists only their own live sessions, this device first, with devices in words and no tokens", async () => {
    const ana = await person("Ana");
    const ben = await person("Ben");
    const here = await session(ana.id, FIREFOX, ago(30));
    const phone = await session(ana.id, IPHONE, ago(5));
    await session(ana.id, IPHONE, ago(90), -1000); // expired
    await session(ben.id, FIREFOX, ago(1));

    const list = await listMySessions(ana, here);
    expect(list.map(({ id, device, current }) => ({ id, device, current }))).toEqual([
      { id: here, device: "Firefox on Windows", current: true },
      { id: phone, device: "Safari on an iPhone", current: false },
    ]);
    expect(Object.keys(list[0]!).sort()).toEqual([
      "activeRecently",
      "current",
      "device",
      "id",
      "lastActiveAt",
      "signedInAt",
    ]);
    expect(list.map((s) => s.activeRecently)).toEqual([true, true]);
    // Last refreshed more than an hour ago: not "recently" any more.
    const later = await listMySessions(ana, here, new Date(Date.now() + 2 * 60 * 60 * 1000));
    expect(later.map((s) => s.activeRecently)).toEqual([false, false]);
  });

  it("ends one of their own sessions by id; another person's id changes nothing", async () => {
    const ana = await person("Ana");
    const ben = await person("Ben");
    const here = await session(ana.id, FIREFOX, ago(1));
    const phone = await session(ana.id, IPHONE, ago(1));
    const bens = await session(ben.id, FIREFOX, ago(1));

    await expect(signOutMySession(ana, bens, here)).rejects.toThrow(ALREADY_SIGNED_OUT);
    await expect(signOutMySession(ana, "no-such-session", here)).rejects.toThrow(ALREADY_SIGNED_OUT);
    expect(await db().session.count({ where: { id: bens } })).toBe(1);
    await expect(signOutMySession(ana, here, here)).rejects.toThrow(
      new RuleError("That’s the device you’re using now. To sign out here, use “Sign out” at the top of the page."),
    );
    expect(await db().session.count({ where: { id: here } })).toBe(1);

    expect(await signOutMySession(ana, phone, here)).toBe("Safari on an iPhone");
    expect(await db().session.count({ where: { id: phone } })).toBe(0);
    await expect(signOutMySession(ana, phone, here)).rejects.toThrow(ALREADY_SIGNED_OUT);
    expect(await db().session.count({ where: { userId: ben.id } })).toBe(1);
  });

  it("ends every other session of theirs, and nobody else's", async () => {
    const ana = await person("Ana");
    const ben = await person("Ben");
    const here = await session(ana.id, FIREFOX, ago(1));
    await session(ana.id, IPHONE, ago(1));
    await session(ana.id, null, ago(100));
    const bens = await session(ben.id, FIREFOX, ago(1));

    expect(await signOutOtherSessions(ana, null)).toBe(0);
    expect(await db().session.count({ where: { userId: ana.id } })).toBe(3);
    expect(await signOutOtherSessions(ana, here)).toBe(2);
    expect((await db().session.findMany({ where: { userId: ana.id }, select: { id: true } })).map((s) => s.id)).toEqual(
      [here],
    );
    // Ben has no other session: his stays, and nothing of Ana's is touched.
    expect(await signOutOtherSessions(ben, bens)).toBe(0);
    expect(await db().session.count({ where: { id: bens } })).toBe(1);
  });
});
