import "server-only";
// Fixed-window counters kept in the database, so that the limit holds across
// every app instance and survives restarts.
import { db } from "../db/client";

export type RateLimitRule = { limit: number; windowMs: number };

// The account limits are pure numbers, so tests (and pages) can read them.
export { ACCOUNT_SETTINGS_LIMITS, PASSWORD_RESET_LIMITS, SIGN_UP_LIMITS } from "./rate-limit-rules";

export type RateLimitStatus = { allowed: boolean; retryAfterMs: number };

/** Reads a counter without changing it. */
export async function checkRateLimit(key: string, rule: RateLimitRule, now = new Date()): Promise<RateLimitStatus> {
  const row = await db().rateLimit.findUnique({ where: { key } });
  if (!row) return { allowed: true, retryAfterMs: 0 };
  const windowEnds = row.windowStart.getTime() + rule.windowMs;
  if (windowEnds <= now.getTime()) return { allowed: true, retryAfterMs: 0 };
  return { allowed: row.count < rule.limit, retryAfterMs: row.count < rule.limit ? 0 : windowEnds - now.getTime() };
}

/** Counts one event against `key`, starting a new window when the old one has passed. */
export async function hitRateLimit(key: string, rule: RateLimitRule, now = new Date()): Promise<void> {
  const windowFloor = new Date(now.getTime() - rule.windowMs);
  // An expired window restarts at one; otherwise count up. Each statement is
  // atomic, so concurrent attempts are never lost.
  const restarted = await db().rateLimit.updateMany({
    where: { key, windowStart: { lte: windowFloor } },
    data: { count: 1, windowStart: now },
  });
  if (restarted.count > 0) return;
  const bumped = await db().rateLimit.updateMany({ where: { key }, data: { count: { increment: 1 } } });
  if (bumped.count > 0) return;
  try {
    await db().rateLimit.create({ data: { key, count: 1, windowStart: now } });
  } catch {
    // Another request created the row first: count against it.
    await db().rateLimit.updateMany({ where: { key }, data: { count: { increment: 1 } } });
  }
}

export async function clearRateLimit(key: string): Promise<void> {
  await db().rateLimit.deleteMany({ where: { key } });
}

/** Checks a counter and, when the limit allows it, counts this event. */
export async function consumeRateLimit(key: string, rule: RateLimitRule, now = new Date()): Promise<RateLimitStatus> {
  const status = await checkRateLimit(key, rule, now);
  if (status.allowed) await hitRateLimit(key, rule, now);
  return status;
}

/** "a minute", "12 minutes": how long to wait, for a message. */
export function waitInWords(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return minutes === 1 ? "a minute" : `${minutes} minutes`;
}

/** What a person is told when a limit on their own account stops them (a wrong current password, too many changes). */
export function tooManyTriesMessage(retryAfterMs: number): string {
  return `That was tried too many times in a short while. For your security, please wait ${waitInWords(retryAfterMs)}, then try again. Nothing was changed.`;
}
