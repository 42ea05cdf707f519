// People at a steady pace: each session sends one request every interval and
// waits for its answer before the next, as a person (or the editor island)
// does. Unlike autocannon's connections, which send the next request the
// moment an answer lands, the offered load stays the same however slow the
// server is, so a p99 measures how long a person waits rather than how long
// the queue is that the load generator itself keeps full (decision 064).
import { setTimeout as sleep } from "node:timers/promises";
import { performance } from "node:perf_hooks";
import type { LatencySummary } from "../stats";
import { summarize } from "../stats";
import { cpuMeter, waitUntilIdle } from "./cpu";
import { keepAliveAgent, timedRequest } from "./http";

/**
 * Runs `step(session)` for each of `sessions` once every `intervalS` until
 * `durationS` has passed; the first steps are spread over one interval rather
 * than all sent at once. A step that ends late is followed at once by the
 * next, never by two at a time. Returns the seconds the run took.
 */
export async function pace(
  sessions: number,
  options: { durationS: number; intervalS: number },
  step: (session: number) => Promise<void>,
): Promise<number> {
  const intervalMs = options.intervalS * 1000;
  const started = performance.now();
  const end = started + options.durationS * 1000;
  const loop = async (session: number) => {
    let due = started + (session / sessions) * intervalMs;
    while (due < end) {
      const wait = due - performance.now();
      if (wait > 0) await sleep(wait);
      await step(session);
      due = Math.max(due + intervalMs, performance.now());
    }
  };
  await Promise.all(Array.from({ length: sessions }, (_, session) => loop(session)));
  return (performance.now() - started) / 1000;
}

/** A page asked for by sessions at a steady pace. Latency in milliseconds. */
export type PacedLoad = {
  target: string;
  sessions: number;
  /** Seconds between two requests of one session. */
  intervalS: number;
  durationS: number;
  /** Requests per second the sessions would send if every answer came at once. */
  offeredPerS: number;
  sent: number;
  /** 2xx answers. */
  answered: number;
  /** Every 2xx answer's time, from the first byte sent to the last byte read. */
  latency: LatencySummary;
  /** Non-2xx answers, refused or reset connections, and requests over the time limit. */
  failed: number;
  /**
   * Why they failed, most frequent first: "HTTP 500", or the error (a reset
   * connection, "timed out"). A server error and a dropped keep-alive
   * connection read differently; missing in results from before.
   */
  failedBecause?: { reason: string; count: number }[];
  /** Server CPU per request sent; null off Linux. */
  cpuMsPerRequest: number | null;
};

export type PacedSpec = {
  url: string;
  target: string;
  /** One Cookie header per session (a session uses the one at its index, round-robin when fewer). */
  cookies: readonly string[];
  sessions: number;
  intervalS: number;
  warmupS: number;
  durationS: number;
  /** Process groups of the servers under test, for CPU time per request. */
  cpuGroups: readonly number[];
};

async function pacedRun(
  spec: PacedSpec,
  durationS: number,
): Promise<{ elapsedS: number; sent: number; times: number[]; failed: number; reasons: Map<string, number> }> {
  const agent = keepAliveAgent();
  const times: number[] = [];
  const reasons = new Map<string, number>();
  const fail = (reason: string) => reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  let sent = 0;
  try {
    const elapsedS = await pace(spec.sessions, { durationS, intervalS: spec.intervalS }, async (session) => {
      const cookie = spec.cookies[session % spec.cookies.length] ?? "";
      sent += 1;
      try {
        const answer = await timedRequest(agent, spec.url, { headers: { cookie }, timeoutMs: 30_000 });
        if (answer.status >= 200 && answer.status < 300) times.push(answer.ms);
        else fail(`HTTP ${answer.status}`);
      } catch (error) {
        fail(failureReason(error));
      }
    });
    const failed = [...reasons.values()].reduce((sum, n) => sum + n, 0);
    return { elapsedS, sent, times, failed, reasons };
  } finally {
    agent.destroy();
  }
}

/** A request's error in a few words: "socket hang up", "read ECONNRESET", "timed out". */
function failureReason(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}

/** A warm-up (discarded), then the measured run, each from idle servers. */
export async function runPaced(spec: PacedSpec): Promise<PacedLoad> {
  if (spec.cookies.length === 0) throw new Error(`${spec.target}: no sessions to pace`);
  await waitUntilIdle(spec.cpuGroups);
  if (spec.warmupS > 0) {
    await pacedRun(spec, spec.warmupS);
    await waitUntilIdle(spec.cpuGroups);
  }
  const cpu = cpuMeter(spec.cpuGroups);
  const run = await pacedRun(spec, spec.durationS);
  return {
    target: spec.target,
    sessions: spec.sessions,
    intervalS: spec.intervalS,
    durationS: run.elapsedS,
    offeredPerS: spec.sessions / spec.intervalS,
    sent: run.sent,
    answered: run.times.length,
    latency: summarize(run.times),
    failed: run.failed,
    failedBecause: [...run.reasons]
      .map(([reason, count]) => ({ reason, count }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
    // Every request was waited for, so the servers are done with all of them.
    cpuMsPerRequest: cpu(run.sent),
  };
}
