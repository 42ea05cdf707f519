import { describe, expect, it } from "vitest";
import { MAX_GAP_MS, MAX_WAIT_MS, MIN_GAP_MS, nextSaveDelay, PAUSE_MS, saveGap } from "./save-pacing";

/** Keystrokes every `every` ms for `forMs`, a save whenever the delay after the last keystroke runs out. */
function typing({ every, forMs, roundTrip }: { every: number; forMs: number; roundTrip: number }): number[] {
  const sent: number[] = [];
  let lastSentAt = 0;
  let firstUnsavedAt = -1;
  let due = Infinity;
  for (let now = 0; now <= forMs + 60_000; now += 10) {
    if (now >= due) {
      sent.push(now);
      lastSentAt = now;
      firstUnsavedAt = -1;
      due = Infinity;
    }
    if (now <= forMs && now % every === 0) {
      if (firstUnsavedAt < 0) firstUnsavedAt = now;
      due = now + nextSaveDelay({ now, lastSentAt, lastRoundTrip: lastSentAt ? roundTrip : 0, firstUnsavedAt });
    }
  }
  return sent;
}

describe("save pacing", () => {
  it("saves a moment after typing pauses", () => {
    expect(nextSaveDelay({ now: 5000, lastSentAt: 0, lastRoundTrip: 0, firstUnsavedAt: 5000 })).toBe(PAUSE_MS);
  });

  it("never sends two saves closer than the gap while typing, and the gap grows with a slow server", () => {
    for (const roundTrip of [5, 400, 1500, 9000]) {
      const sent = typing({ every: 150, forMs: 30_000, roundTrip });
      const gaps = sent.slice(1).map((at, i) => at - sent[i]!);
      expect(Math.min(...gaps), `round trip ${roundTrip} ms`).toBeGreaterThanOrEqual(saveGap(roundTrip));
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(MIN_GAP_MS);
    }
    expect(saveGap(5)).toBe(MIN_GAP_MS);
    expect(saveGap(1500)).toBe(6000);
    expect(saveGap(60_000)).toBe(MAX_GAP_MS);
  });

  it("still saves during a long stretch of typing without a pause, and once more after it", () => {
    const sent = typing({ every: 150, forMs: 30_000, roundTrip: 20 });
    // Typing never pauses for a second, yet the text reaches the server about every MAX_WAIT_MS.
    expect(sent.filter((at) => at <= 30_000).length).toBeGreaterThanOrEqual(2);
    expect(sent[0]).toBeLessThanOrEqual(MAX_WAIT_MS + 10);
    // The last keystroke is saved a moment after typing stops.
    expect(sent.at(-1)).toBeGreaterThan(30_000);
    expect(sent.at(-1)).toBeLessThanOrEqual(30_000 + PAUSE_MS + MIN_GAP_MS);
  });
});
