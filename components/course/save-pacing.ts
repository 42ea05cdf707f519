// When the editor sends its next save: a moment after typing pauses, never
// sooner than MIN_GAP_MS after the last save was sent (longer when the server
// was slow to answer it), and never later than MAX_WAIT_MS after the first
// unsaved keystroke, so a long stretch of typing still reaches the server.
// Blur, hiding the tab and leaving the page save at once (the editor's nudge).
// Plain numbers in, a delay out: tested without a browser.

/** Quiet time after the last keystroke before saving. */
export const PAUSE_MS = 1000;
/** At most one save per this long per editor while typing. */
export const MIN_GAP_MS = 2000;
/** The gap grows to this many times the last save's round trip when the server is slow... */
export const SLOW_FACTOR = 4;
/** ...up to this. */
export const MAX_GAP_MS = 20_000;
/** Typing without a pause still saves this long after the first unsaved keystroke (the gap permitting). */
export const MAX_WAIT_MS = 10_000;
/** A save still waiting for its answer after this long is shown as "Still saving". */
export const SLOW_SAVE_MS = 3000;

export type Pacing = {
  now: number;
  /** When the last save was sent (0: never). */
  lastSentAt: number;
  /** How long the last save took to answer, in ms (0: none yet). */
  lastRoundTrip: number;
  /** When the text first differed from what the server has. */
  firstUnsavedAt: number;
};

/** The least time between two saves, given how long the last one took. */
export function saveGap(lastRoundTrip: number): number {
  return Math.min(MAX_GAP_MS, Math.max(MIN_GAP_MS, lastRoundTrip * SLOW_FACTOR));
}

/** How long to wait, from `now`, before sending the next save after a keystroke. */
export function nextSaveDelay({ now, lastSentAt, lastRoundTrip, firstUnsavedAt }: Pacing): number {
  const gapLeft = lastSentAt === 0 ? 0 : Math.max(0, lastSentAt + saveGap(lastRoundTrip) - now);
  const waitLeft = Math.max(0, firstUnsavedAt + MAX_WAIT_MS - now);
  return Math.max(gapLeft, Math.min(PAUSE_MS, waitLeft));
}
