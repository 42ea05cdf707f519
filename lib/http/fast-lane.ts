// Fast lanes: requests our own server (scripts/serve.ts) answers before
// Next.js sees them (decision 057). A lane is registered by the app when it
// starts (instrumentation.ts) and looked up by the server, which loads this
// file separately from the app's bundle; so the list lives on globalThis.
// A lane answers only the usual case and returns false, having read nothing
// of the request, for anything else: Next.js then answers as it always did.
import type { IncomingMessage, ServerResponse } from "node:http";

export type FastLane = (request: IncomingMessage, response: ServerResponse) => Promise<boolean>;

type Holder = { __ittFastLanes?: Map<string, FastLane> };

function lanes(): Map<string, FastLane> {
  const holder = globalThis as Holder;
  holder.__ittFastLanes ??= new Map();
  return holder.__ittFastLanes;
}

/** Registers a lane under a name (registering the name again replaces it, as a dev reload does). */
export function addFastLane(name: string, lane: FastLane): void {
  lanes().set(name, lane);
}

/** The lanes, in the order they were added. */
export function fastLanes(): FastLane[] {
  return [...lanes().values()];
}
