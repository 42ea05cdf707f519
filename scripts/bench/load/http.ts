// One HTTP request over a keep-alive agent, timed from the first byte written
// to the last byte read (what a browser's fetch would wait for).
import { Agent, request, type IncomingHttpHeaders } from "node:http";
import { performance } from "node:perf_hooks";

export type Timed = { status: number; headers: IncomingHttpHeaders; body: string; ms: number };

/**
 * One GET without keep-alive, for checks outside the measured load. It waits
 * up to a minute: right after a load run the server may still be working
 * through requests the load generator gave up on, and a check is not timed.
 */
export function get(url: string, headers: Record<string, string> = {}): Promise<Timed> {
  const agent = new Agent({ keepAlive: false });
  return timedRequest(agent, url, { headers, timeoutMs: 60_000 }).finally(() => agent.destroy());
}

export function keepAliveAgent(): Agent {
  return new Agent({ keepAlive: true, maxSockets: Infinity });
}

export class RequestFailed extends Error {
  constructor(
    message: string,
    readonly ms: number,
  ) {
    super(message);
  }
}

export function timedRequest(
  agent: Agent,
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; timeoutMs?: number } = {},
): Promise<Timed> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const payload = options.body === undefined ? undefined : Buffer.from(options.body);
    const headers = { ...options.headers, ...(payload ? { "content-length": String(payload.length) } : {}) };
    const req = request(url, { agent, method: options.method ?? "GET", headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString("utf8"),
          ms: performance.now() - started,
        }),
      );
      res.on("error", (error) => reject(new RequestFailed(error.message, performance.now() - started)));
    });
    req.setTimeout(options.timeoutMs ?? 10_000, () => req.destroy(new Error("timed out")));
    req.on("error", (error) => reject(new RequestFailed(error.message, performance.now() - started)));
    req.end(payload);
  });
}
