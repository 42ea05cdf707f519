import "server-only";
// The server's clock for everything that depends on the day: what is due,
// what is late, which look-backs have come. Production reads the system
// clock. Browser tests start their servers with TEST_CLOCK_FILE pointing at a
// file holding an offset in milliseconds, and write to it to move a running
// server days ahead, so no test waits for real days
// (docs/decisions/030-an-injectable-clock.md). Sign-in, sessions and rate
// limits keep the system clock: moving it must not sign anyone out.
import { readFileSync } from "node:fs";

function offsetMs(file: string): number {
  try {
    const offset = Number(readFileSync(file, "utf8").trim());
    return Number.isFinite(offset) ? offset : 0;
  } catch {
    return 0; // No file yet: the clock is not moved.
  }
}

/** Now, as far as due dates and look-backs are concerned. */
export function currentTime(): Date {
  const file = process.env.TEST_CLOCK_FILE;
  return file ? new Date(Date.now() + offsetMs(file)) : new Date();
}
