import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import { checkRateLimit, clearRateLimit, consumeRateLimit, hitRateLimit, waitInWords } from "./rate-limit";

const rule = { limit: 3, windowMs: 60_000 };

describe("database rate limit", () => {
  it("blocks after the limit and says how long to wait", async () => {
    const start = new Date("2026-01-01T10:00:00Z");
    for (let i = 0; i < 3; i += 1) await hitRateLimit("k1", rule, start);
    const status = await checkRateLimit("k1", rule, new Date(start.getTime() + 10_000));
    expect(status.allowed).toBe(false);
    expect(status.retryAfterMs).toBe(50_000);
    expect((await db().rateLimit.findUnique({ where: { key: "k1" } }))?.count).toBe(3);
  });

  it("starts a new window once the old one has passed", async () => {
    const start = new Date("2026-01-01T10:00:00Z");
    for (let i = 0; i < 3; i += 1) await hitRateLimit("k2", rule, start);
    const later = new Date(start.getTime() + 61_000);
    expect((await checkRateLimit("k2", rule, later)).allowed).toBe(true);
    await hitRateLimit("k2", rule, later);
    const row = await db().rateLimit.findUnique({ where: { key: "k2" } });
    expect(row?.count).toBe(1);
    expect(row?.windowStart.toISOString()).toBe(later.toISOString());
  });

  it("counts every one of many concurrent hits", async () => {
    const now = new Date();
    await Promise.all(Array.from({ length: 20 }, () => hitRateLimit("k3", { limit: 100, windowMs: 60_000 }, now)));
    expect((await db().rateLimit.findUnique({ where: { key: "k3" } }))?.count).toBe(20);
  });

  it("can be cleared", async () => {
    await hitRateLimit("k4", rule);
    await clearRateLimit("k4");
    expect(await db().rateLimit.findUnique({ where: { key: "k4" } })).toBeNull();
  });

  it("counts an event only while the limit allows it, and says the wait in words", async () => {
    const start = new Date("2026-01-01T10:00:00Z");
    const rule = { limit: 2, windowMs: 60 * 60 * 1000 };
    expect((await consumeRateLimit("k9", rule, start)).allowed).toBe(true);
    expect((await consumeRateLimit("k9", rule, start)).allowed).toBe(true);
    const refused = await consumeRateLimit("k9", rule, new Date(start.getTime() + 15 * 60 * 1000));
    expect(refused).toEqual({ allowed: false, retryAfterMs: 45 * 60 * 1000 });
    // A refused event is not counted.
    expect((await db().rateLimit.findUnique({ where: { key: "k9" } }))?.count).toBe(2);
    expect(waitInWords(refused.retryAfterMs)).toBe("45 minutes");
    expect(waitInWords(1)).toBe("a minute");
  });
});
