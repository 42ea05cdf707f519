// Figure 5: /journal for a learner with thousands of entries, requested one
// at a time. On loopback with nothing else in flight, the time a request takes
// at the client is the server's render time plus well under a millisecond.
import type { BenchResults } from "../figures";
import { unavailable } from "../figures";
import { keepAliveAgent, timedRequest } from "../load/http";
import { summarize } from "../stats";
import type { NextServer } from "../servers/next";

export async function journalFigure(
  next: NextServer,
  cookie: string,
  entries: number,
  requests: number,
): Promise<BenchResults["journal"]> {
  console.log(`• Journal with ${entries.toLocaleString("en")} entries (${requests} sequential requests)`);
  const agent = keepAliveAgent();
  const url = `${next.url}/journal`;
  try {
    // The first request also warms the route's code; it is not counted.
    const first = await timedRequest(agent, url, { headers: { cookie }, timeoutMs: 60_000 });
    if (first.status === 404) return unavailable("/journal is not in this build yet (404)");
    if (first.status !== 200) return unavailable(`/journal answered ${first.status}`);
    const times: number[] = [];
    let bytes = first.body.length;
    for (let i = 0; i < requests; i++) {
      const answer = await timedRequest(agent, url, { headers: { cookie }, timeoutMs: 60_000 });
      if (answer.status !== 200) return unavailable(`/journal answered ${answer.status} under test`);
      times.push(answer.ms);
      bytes = Buffer.byteLength(answer.body);
    }
    return { available: true, entries, requests, responseBytes: bytes, latency: summarize(times) };
  } finally {
    agent.destroy();
  }
}
