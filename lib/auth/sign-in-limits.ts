import "server-only";
// What protects an account from password guessing without letting anyone
// lock its owner out (docs/decisions/018-client-address-and-sign-in-limits.md).
//
// - Per address: at most 50 attempts in 15 minutes, for any accounts.
// - Per account and address: three wrong passwords are free; after that each
//   further try from that address waits longer (15 s, 30 s, 1 min … 15 min).
// - Per account, from everywhere: after ten wrong passwords in a row, a try
//   from an address the account has never signed in from waits a little
//   (1 s, 2 s … at most a minute). That caps guessing spread over many
//   addresses, while the owner at a known address is never slowed, and at a
//   new one waits at most a minute.
// A right password ends the account-wide wait and the one at that address
// (another address that guessed keeps waiting); a password reset ends them all.
// While a wait runs, no password is checked at all (and nothing is counted).
// Every counter lives in the database, so it holds across app instances.
import { db } from "../db/client";
import { checkRateLimit, hitRateLimit } from "./rate-limit";
import { signInAccountAddressKey, signInAccountKey, signInIpKey, signInKnownAddressKey } from "./rate-limit-keys";
import {
  FORGET_AFTER_MS,
  KNOWN_FOR_MS,
  FROM_ANYWHERE,
  FROM_ONE_ADDRESS,
  SIGN_IN_PER_ADDRESS,
  delayAfter,
  type DelayRule,
  type SignInCheck,
} from "./sign-in-rules";

export { refusalMessage, type SignInCheck } from "./sign-in-rules";

type GuardRow = { failures: number; lastFailureAt: Date | null; nextAttemptAt: Date | null };

function waitFor(row: GuardRow | null, now: Date): number {
  if (!row?.nextAttemptAt || !row.lastFailureAt) return 0;
  if (now.getTime() - row.lastFailureAt.getTime() > FORGET_AFTER_MS) return 0;
  return Math.max(0, row.nextAttemptAt.getTime() - now.getTime());
}

const GUARD_SELECT = { failures: true, lastFailureAt: true, nextAttemptAt: true } as const;

/** Whether a password may be checked now for `email` from `address`. Changes nothing. */
export async function checkSignIn(email: string, address: string, now = new Date()): Promise<SignInCheck> {
  const [byAddress, pair, account, known] = await Promise.all([
    checkRateLimit(signInIpKey(address), SIGN_IN_PER_ADDRESS, now),
    db().signInGuard.findUnique({ where: { key: signInAccountAddressKey(email, address) }, select: GUARD_SELECT }),
    db().signInGuard.findUnique({ where: { key: signInAccountKey(email) }, select: GUARD_SELECT }),
    isKnownAddress(email, address, now),
  ]);
  if (!byAddress.allowed) return { allowed: false, reason: "address", retryAfterMs: byAddress.retryAfterMs };
  const wait = Math.max(waitFor(pair, now), known ? 0 : waitFor(account, now));
  return wait > 0 ? { allowed: false, reason: "account", retryAfterMs: wait } : { allowed: true };
}

async function isKnownAddress(email: string, address: string, now: Date): Promise<boolean> {
  const row = await db().signInGuard.findUnique({
    where: { key: signInKnownAddressKey(email, address) },
    select: { lastSuccessAt: true },
  });
  return Boolean(row?.lastSuccessAt && now.getTime() - row.lastSuccessAt.getTime() < KNOWN_FOR_MS);
}

/** Counts an attempt against the address (right or wrong: it bounds bursts). */
export async function countSignInAttempt(address: string, now = new Date()): Promise<void> {
  await hitRateLimit(signInIpKey(address), SIGN_IN_PER_ADDRESS, now);
}

/** One more wrong password in a row for `key`, and the wait it brings. Atomic per statement. */
async function recordFailure(key: string, accountKey: string, rule: DelayRule, now: Date): Promise<void> {
  const stale = new Date(now.getTime() - FORGET_AFTER_MS);
  // Forgotten failures start again from one; otherwise count up.
  const restarted = await db().signInGuard.updateMany({
    where: { key, OR: [{ lastFailureAt: null }, { lastFailureAt: { lt: stale } }] },
    data: { failures: 1, lastFailureAt: now },
  });
  if (restarted.count === 0) {
    const bumped = await db().signInGuard.updateMany({
      where: { key },
      data: { failures: { increment: 1 }, lastFailureAt: now },
    });
    if (bumped.count === 0) {
      try {
        await db().signInGuard.create({ data: { key, accountKey, failures: 1, lastFailureAt: now } });
      } catch {
        // Another attempt created the row first: count against it.
        await db().signInGuard.updateMany({ where: { key }, data: { failures: { increment: 1 }, lastFailureAt: now } });
      }
    }
  }
  const row = await db().signInGuard.findUnique({ where: { key }, select: { failures: true } });
  const delay = delayAfter(row?.failures ?? 1, rule);
  await db().signInGuard.updateMany({
    where: { key },
    data: { nextAttemptAt: delay > 0 ? new Date(now.getTime() + delay) : null },
  });
}

export async function recordWrongPassword(email: string, address: string, now = new Date()): Promise<void> {
  const accountKey = signInAccountKey(email);
  await recordFailure(signInAccountAddressKey(email, address), accountKey, FROM_ONE_ADDRESS, now);
  await recordFailure(accountKey, accountKey, FROM_ANYWHERE, now);
}

/** A right password: the account's waits end, and this address becomes one of the owner's. */
export async function recordSignIn(email: string, address: string, now = new Date()): Promise<void> {
  const accountKey = signInAccountKey(email);
  await db().signInGuard.deleteMany({
    where: { key: { in: [accountKey, signInAccountAddressKey(email, address)] } },
  });
  const key = signInKnownAddressKey(email, address);
  await db().signInGuard.upsert({
    where: { key },
    create: { key, accountKey, lastSuccessAt: now },
    update: { lastSuccessAt: now },
  });
}

/** After a password reset: no wait anywhere (addresses the owner used stay known). */
export async function clearSignInWaits(email: string): Promise<void> {
  await db().signInGuard.deleteMany({ where: { accountKey: signInAccountKey(email), lastSuccessAt: null } });
}

/** After the account moves to another email address: its rows under the old one name no one. */
export async function forgetSignInGuards(email: string): Promise<void> {
  await db().signInGuard.deleteMany({ where: { accountKey: signInAccountKey(email) } });
}

/** Everything kept about signing in to this account (for account deletion). */
export function signInGuardsOf(email: string) {
  return { accountKey: signInAccountKey(email) };
}
