import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { signInAccountKey } from "./rate-limit-keys";
import {
  checkSignIn,
  clearSignInWaits,
  countSignInAttempt,
  recordSignIn,
  recordWrongPassword,
  refusalMessage,
} from "./sign-in-limits";
import { FROM_ANYWHERE, FROM_ONE_ADDRESS, SIGN_IN_PER_ADDRESS, delayAfter } from "./sign-in-rules";

let counter = 0;
const newEmail = () => `guarded-${(counter += 1)}-${Date.now()}@example.org`;
const at = (start: Date, ms: number) => new Date(start.getTime() + ms);

/** Wrong passwords from `address`, each made as soon as the wait before it allows. */
async function wrongPasswords(email: string, address: string, count: number, start: Date): Promise<Date> {
  let now = start;
  for (let i = 0; i < count; i += 1) {
    const check = await checkSignIn(email, address, now);
    if (!check.allowed) now = at(now, check.retryAfterMs);
    expect((await checkSignIn(email, address, now)).allowed).toBe(true);
    await recordWrongPassword(email, address, now);
  }
  return now;
}

describe("the waits between wrong passwords", () => {
  it("grow from 15 seconds, doubling up to 15 minutes from one address, and up to a minute from anywhere", () => {
    expect([0, 1, 2].map((f) => delayAfter(f, FROM_ONE_ADDRESS))).toEqual([0, 0, 0]);
    expect([3, 4, 5, 6].map((f) => delayAfter(f, FROM_ONE_ADDRESS))).toEqual([15_000, 30_000, 60_000, 120_000]);
    expect(delayAfter(40, FROM_ONE_ADDRESS)).toBe(15 * 60_000);
    expect(delayAfter(9, FROM_ANYWHERE)).toBe(0);
    expect([10, 11, 12].map((f) => delayAfter(f, FROM_ANYWHERE))).toEqual([1000, 2000, 4000]);
    expect(delayAfter(500, FROM_ANYWHERE)).toBe(60_000);
  });
});

describe("signing in", () => {
  const start = new Date("2026-06-01T09:00:00Z");

  it("lets three wrong passwords through, then makes that address wait, and nobody else", async () => {
    const email = newEmail();
    const last = await wrongPasswords(email, "203.0.113.7", 3, start);
    const refused = await checkSignIn(email, "203.0.113.7", at(last, 1000));
    expect(refused).toEqual({ allowed: false, reason: "account", retryAfterMs: 14_000 });
    expect(refusalMessage(refused as Extract<typeof refused, { allowed: false }>)).toBe(
      "There have been several wrong passwords for this account, so it is resting for 14 seconds. Please try again then, or reset your password if you've forgotten it.",
    );
    // The owner, somewhere else, is not held up.
    expect(await checkSignIn(email, "198.51.100.20", at(last, 1000))).toEqual({ allowed: true });
    // Once the wait is over, the next try is checked; a fourth wrong one doubles the wait.
    expect(await checkSignIn(email, "203.0.113.7", at(last, 15_000))).toEqual({ allowed: true });
    await recordWrongPassword(email, "203.0.113.7", at(last, 15_000));
    expect(await checkSignIn(email, "203.0.113.7", at(last, 16_000))).toMatchObject({ retryAfterMs: 29_000 });
  });

  it("slows guessing from many addresses, but never at an address the owner has signed in from", async () => {
    const email = newEmail();
    await recordSignIn(email, "192.0.2.50", start);
    let now = start;
    // Ten wrong passwords, two from each of five addresses.
    for (const address of ["203.0.113.1", "203.0.113.2", "203.0.113.3", "203.0.113.4", "203.0.113.5"]) {
      now = await wrongPasswords(email, address, 2, now);
    }
    const fresh = await checkSignIn(email, "203.0.113.99", now);
    expect(fresh).toEqual({ allowed: false, reason: "account", retryAfterMs: 1000 });
    expect(await checkSignIn(email, "192.0.2.50", now)).toEqual({ allowed: true });
  });

  it("is cleared by the right password, and by a password reset (which keeps the owner's addresses)", async () => {
    const email = newEmail();
    const last = await wrongPasswords(email, "203.0.113.8", 4, start);
    expect((await checkSignIn(email, "203.0.113.8", last)).allowed).toBe(false);
    await clearSignInWaits(email);
    expect(await checkSignIn(email, "203.0.113.8", last)).toEqual({ allowed: true });

    await wrongPasswords(email, "203.0.113.8", 4, last);
    await recordSignIn(email, "203.0.113.8", at(last, 60 * 60_000));
    expect(await checkSignIn(email, "203.0.113.8", at(last, 60 * 60_000))).toEqual({ allowed: true });
    const rows = await db().signInGuard.findMany({ where: { accountKey: signInAccountKey(email) } });
    expect(rows.map((r) => ({ failures: r.failures, known: r.lastSuccessAt !== null }))).toEqual([
      { failures: 0, known: true },
    ]);
  });

  it("forgets wrong passwords after a day", async () => {
    const email = newEmail();
    const last = await wrongPasswords(email, "203.0.113.9", 5, start);
    const nextDay = at(last, 25 * 60 * 60_000);
    expect(await checkSignIn(email, "203.0.113.9", nextDay)).toEqual({ allowed: true });
    await recordWrongPassword(email, "203.0.113.9", nextDay);
    const row = await db().signInGuard.findFirst({
      where: { accountKey: signInAccountKey(email), key: { not: signInAccountKey(email) }, lastSuccessAt: null },
    });
    expect(row?.failures).toBe(1);
  });

  it("limits all attempts from one address, for any accounts", async () => {
    for (let i = 0; i < SIGN_IN_PER_ADDRESS.limit; i += 1) await countSignInAttempt("203.0.113.77", start);
    const refused = await checkSignIn(newEmail(), "203.0.113.77", at(start, 60_000));
    expect(refused).toEqual({ allowed: false, reason: "address", retryAfterMs: 14 * 60_000 });
    expect(await checkSignIn(newEmail(), "203.0.113.78", at(start, 60_000))).toEqual({ allowed: true });
  });

  it("counts every one of many wrong passwords sent at once", async () => {
    const email = newEmail();
    await Promise.all(Array.from({ length: 8 }, () => recordWrongPassword(email, "203.0.113.10", start)));
    const account = await db().signInGuard.findUnique({ where: { key: signInAccountKey(email) } });
    expect(account?.failures).toBe(8);
  });
});
