// Figure 5: /journal for a learner with thousands of entries. First under load
// (50 connections, each request one of the learner's 50 sessions) and at a
// steady pace, for CPU per request and p99 at 50 sessions; then requested one
// at a time on the server those runs warmed, as a learner finds a server that
// has been answering all day (decision 066). On loopback with nothing else in
// flight, the time a request takes at the client is the server's render time
// plus well under a millisecond. The same runs against the floor (decision 052).
import type { BenchResults } from "../figures";
import { unavailable } from "../figures";
import { cpuMeter, waitUntilIdle } from "../load/cpu";
import { keepAliveAgent, timedRequest } from "../load/http";
import type { BenchOptions } from "../options";
import { summarize } from "../stats";
import type { NextServer } from "../servers/next";
import { loadPage, pacedPage } from "./lesson";

export async function journalFigure(
  server: NextServer,
  /** The learner's sessions: the sequential requests use the first, the load all of them. */
  cookies: readonly string[],
  options: BenchOptions,
  /** "next start" or "floor": the label of the load run, and whether a 404 means "not built yet". */
  target = "next start",
): Promise<BenchResults["journal"]> {
  const entries = options.journalEntries;
  const requests = options.journalRequests;
  console.log(
    `• ${target === "next start" ? "Journal" : `Floor: journal on node:http`} with ${entries.toLocaleString("en")} entries ` +
      `(${requests} sequential requests, then ${options.connections} connections over ${cookies.length} sessions)`,
  );
  const cookie = cookies[0];
  if (!cookie) throw new Error("the journal learner has no session");
  const agent = keepAliveAgent();
  const url = `${server.url}/journal`;
  const groups = [server.pid];
  try {
    // The first request also warms the route's code; it is not counted.
    const first = await timedRequest(agent, url, { headers: { cookie }, timeoutMs: 60_000 });
    if (first.status === 404) return unavailable(`${target}: /journal answered 404 (not in this build?)`);
    if (first.status !== 200) return unavailable(`${target}: /journal answered ${first.status}`);
    // "Showing answers 1 to 30 of 5000.": the page, not a sign-in redirect or an empty journal.
    if (!first.body.includes(`of ${entries}`)) throw new Error(`${target}: /journal does not show the seeded entries`);
    // The load runs first: one request before the one-at-a-time figure left it
    // measuring the JIT's warm-up more than the page (decision 066).
    const load = await loadPage(url, `${target}, /journal`, options, { servers: [server], cookies });
    const paced = await pacedPage(url, `${target}, /journal`, options, { servers: [server], cookies });
    await waitUntilIdle(groups);
    const cpu = cpuMeter(groups);
    const times: number[] = [];
    let bytes = Buffer.byteLength(first.body);
    for (let i = 0; i < requests; i++) {
      const answer = await timedRequest(agent, url, { headers: { cookie }, timeoutMs: 60_000 });
      if (answer.status !== 200) return unavailable(`${target}: /journal answered ${answer.status} under test`);
      times.push(answer.ms);
      bytes = Buffer.byteLength(answer.body);
    }
    const cpuMsPerRequest = cpu(requests);
    return {
      available: true,
      entries,
      requests,
      responseBytes: bytes,
      latency: summarize(times),
      cpuMsPerRequest,
      load,
      paced,
    };
  } finally {
    agent.destroy();
  }
}
