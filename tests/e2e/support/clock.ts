// The servers' clock, moved by a test (lib/time/clock.ts): every app server a
// worker starts reads the same file, holding how far ahead of the real time
// it runs. The fixture puts it back after each test.
import { rmSync, writeFileSync } from "node:fs";

const DAY_MS = 24 * 60 * 60 * 1000;

export class TestClock {
  private offset = 0;

  constructor(readonly file: string) {}

  /** Moves the clock on by `days` (fractions allowed) from where it is. */
  advanceDays(days: number): void {
    this.offset += days * DAY_MS;
    writeFileSync(this.file, String(this.offset));
  }

  /** The servers' now. */
  now(): Date {
    return new Date(Date.now() + this.offset);
  }

  reset(): void {
    this.offset = 0;
    rmSync(this.file, { force: true });
  }
}
