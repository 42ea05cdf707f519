// The id of the request being served, for every log line written while it is
// (docs/decisions/042-metrics-and-request-ids.md). scripts/serve.ts picks the
// id and runs Next.js's handler inside `runWithRequestId`; the logger reads it
// back with `currentRequestId()`.
//
// The app runs as two copies of this module in one process: the one tsx loads
// for scripts/serve.ts and the one Next.js bundles into its server code. Both
// must share one AsyncLocalStorage, so it lives on globalThis under a
// Symbol.for key rather than in a module variable.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

export const REQUEST_ID_HEADER = "x-request-id";

type RequestContext = { requestId: string };

const KEY = Symbol.for("it-takes-two.request-context");

type Holder = { [KEY]?: AsyncLocalStorage<RequestContext> };

function storage(): AsyncLocalStorage<RequestContext> {
  const holder = globalThis as Holder;
  holder[KEY] ??= new AsyncLocalStorage<RequestContext>();
  return holder[KEY];
}

export function runWithRequestId<T>(requestId: string, task: () => T): T {
  return storage().run({ requestId }, task);
}

/**
 * Runs `task` outside any request: timers and jobs it starts never inherit
 * the id of whichever request happened to be running when they were set up.
 */
export function outsideRequest<T>(task: () => T): T {
  return storage().exit(task);
}

/** The id of the request this code runs for, or undefined outside a request (jobs, start-up). */
export function currentRequestId(): string | undefined {
  return storage().getStore()?.requestId;
}

const SANE_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * The id for a request: the one a trusted proxy sent when it looks like an id
 * (8 to 128 letters, digits and . _ : -), so one id follows a request from the
 * proxy's logs into ours; otherwise a new random one. A client that talks to
 * us directly cannot choose the id, so it cannot make its requests look like
 * someone else's in the logs.
 */
export function chooseRequestId(incoming: string | string[] | undefined, fromTrustedProxy: boolean): string {
  const value = Array.isArray(incoming) ? undefined : incoming?.trim();
  if (fromTrustedProxy && value && SANE_ID.test(value)) return value;
  return randomUUID();
}
