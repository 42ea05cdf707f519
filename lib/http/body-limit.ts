// How large a write to a page (a server action or a plain form post) may be.
// Next.js reads at most 1 MB of a server action's body and answers anything
// longer with a 500; proxy.ts turns that into a 413 and a sentence a person
// understands, before the body is read. No form of ours comes near the limit
// (the longest field, a reflection, is capped far below it), so only a
// pasted novel or a hostile client meets this.
// No "server-only" here: proxy.ts is bundled on its own.

import { isWriteMethod } from "./same-origin";

type HeaderReader = { get(name: string): string | null };

/** Next.js's default `serverActions.bodySizeLimit`, which next.config.mjs leaves as it is. */
export const PAGE_WRITE_MAX_BYTES = 1024 * 1024;

export type BodyVerdict = "ok" | "too-large" | "length-required";

/**
 * Whether a write's body can be let through: its declared length must be
 * within the limit. A write that declares no length but streams a body
 * (chunked) cannot be measured before it is read, so it must say how long it
 * is — browsers always do for forms and fetch.
 */
export function pageWriteBody(method: string, headers: HeaderReader, max = PAGE_WRITE_MAX_BYTES): BodyVerdict {
  if (!isWriteMethod(method)) return "ok";
  const declared = headers.get("content-length");
  if (declared === null || declared.trim() === "") {
    return headers.get("transfer-encoding") ? "length-required" : "ok";
  }
  const length = Number(declared);
  if (!Number.isFinite(length) || length < 0) return "length-required";
  return length > max ? "too-large" : "ok";
}

export const TOO_LARGE_MESSAGE =
  `That was more than we can take in one go (the limit is ${PAGE_WRITE_MAX_BYTES / 1024 / 1024} MB), ` +
  "so nothing was sent and nothing was changed. Go back, shorten what you wrote, and try again.";

export const LENGTH_REQUIRED_MESSAGE =
  "This request did not say how large it is, so it was refused and nothing was changed. " +
  "Send it again from the page in a web browser.";
