// autocannon as a library, behind the few typed options the bench uses
// (autocannon ships no types and we add no @types package for one call).
import { createRequire } from "node:module";
import type { HttpLoad } from "../figures";
import { percentile } from "../stats";
import { cpuMeter, waitUntilIdle } from "./cpu";

type CannonRequest = {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string;
  setupRequest?: (request: CannonRequest) => CannonRequest;
};

type CannonOptions = {
  url: string;
  connections: number;
  duration: number;
  timeout?: number;
  headers?: Record<string, string>;
  requests?: CannonRequest[];
};

type CannonResult = {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  "2xx": number;
  latency: { p50: number; p99: number };
  requests: { total: number };
};

/** The run: a promise of the result, and an emitter of every answer (status, bytes, milliseconds). */
type CannonRun = Promise<CannonResult> & {
  on(event: "response", listener: (client: unknown, status: number, bytes: number, ms: number) => void): unknown;
};

type Autocannon = (options: CannonOptions) => CannonRun;

const require = createRequire(import.meta.url);
const autocannon = require("autocannon") as Autocannon;

export type LoadSpec = {
  /** Full URL of the page. */
  url: string;
  /** What the figure is about ("next start", "nginx static", …). */
  target: string;
  connections: number;
  warmupS: number;
  durationS: number;
  /** Each request takes the next of these Cookie headers (a pool of signed-in learners). */
  cookies?: readonly string[];
  /** Process groups of the servers under test, for CPU time per request. */
  cpuGroups?: readonly number[];
  /** Also give p95, from every successful answer's time (autocannon's own percentiles skip 95). */
  p95?: boolean;
};

function requestsFor(cookies: readonly string[] | undefined): CannonRequest[] | undefined {
  if (!cookies?.length) return undefined;
  let next = 0;
  return [
    {
      method: "GET",
      // Round-robin over the pool: every request is a different learner's
      // session lookup, as on a real server.
      setupRequest: (request) => {
        const cookie = cookies[next++ % cookies.length] ?? "";
        return { ...request, headers: { ...request.headers, cookie } };
      },
    },
  ];
}

/**
 * A warm-up run (discarded), then the measured run, each from idle servers:
 * requests of the warm-up still in flight when it ends would otherwise
 * compete with the first ones measured.
 */
export async function runLoad(spec: LoadSpec): Promise<HttpLoad> {
  const base = { url: spec.url, connections: spec.connections, timeout: 10 };
  await waitUntilIdle(spec.cpuGroups ?? []);
  if (spec.warmupS > 0) {
    await autocannon({ ...base, duration: spec.warmupS, requests: requestsFor(spec.cookies) });
    await waitUntilIdle(spec.cpuGroups ?? []);
  }
  const cpu = cpuMeter(spec.cpuGroups ?? []);
  const clientBefore = process.cpuUsage();
  const run = autocannon({ ...base, duration: spec.durationS, requests: requestsFor(spec.cookies) });
  const times: number[] = [];
  if (spec.p95) {
    run.on("response", (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) times.push(ms);
    });
  }
  const result = await run;
  // The requests still in flight when the run ends (one per connection) are
  // answered after it. Their CPU is counted once the servers are idle, and so
  // are they: dividing all the CPU by the requests answered in time made a
  // slow page look up to half again as costly in a short run (decision 058).
  await waitUntilIdle(spec.cpuGroups ?? []);
  // autocannon's types leave out `sent`, which it reports beside `total` (answered).
  const sent = (result.requests as { sent?: number }).sent ?? result.requests.total;
  const cpuMsPerRequest = cpu(sent);
  const client = process.cpuUsage(clientBefore);
  return {
    target: spec.target,
    connections: spec.connections,
    durationS: result.duration,
    requests: result.requests.total,
    // Only successful answers count: a page that fails fast must not look fast.
    rps: result["2xx"] / result.duration,
    p50: result.latency.p50,
    ...(spec.p95
      ? {
          p95: percentile(
            times.sort((a, b) => a - b),
            95,
          ),
        }
      : {}),
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    cpuMsPerRequest,
    // autocannon runs in this process: near 1.0 means the client, not the server, set the pace.
    clientCpuShare: (client.user + client.system) / 1000 / (result.duration * 1000),
  };
}
