import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { pace, runPaced } from "./load/paced";

let server: Server | null = null;

afterEach(async () => {
  const s = server;
  server = null;
  if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
});

/** A local server that answers 500 to the cookie "fail" and 200 otherwise, noting every cookie. */
async function listen(seen: string[], delayMs = 0): Promise<string> {
  server = createServer((req, res) => {
    const cookie = req.headers.cookie ?? "";
    seen.push(cookie);
    setTimeout(() => {
      res.writeHead(cookie === "fail" ? 500 : 200, { "content-type": "text/plain" });
      res.end("ok");
    }, delayMs);
  });
  await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}/page`;
}

describe("pace", () => {
  it("never runs two steps of one session at a time, even when each step outlasts the interval", async () => {
    const running = new Map<number, number>();
    const steps = new Map<number, number>();
    let overlapped = false;
    await pace(3, { durationS: 0.2, intervalS: 0.02 }, async (session) => {
      const now = (running.get(session) ?? 0) + 1;
      running.set(session, now);
      if (now > 1) overlapped = true;
      steps.set(session, (steps.get(session) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, 50));
      running.set(session, now - 1);
    });
    expect(overlapped).toBe(false);
    // Every session took its first step; with 50 ms steps, at most 4 fit in 200 ms.
    expect([...steps.keys()].sort()).toEqual([0, 1, 2]);
    for (const count of steps.values()) expect(count).toBeLessThanOrEqual(5);
  });
});

describe("runPaced", () => {
  it("gives each session its own cookie, times the 2xx answers and counts the others as failed", async () => {
    const seen: string[] = [];
    const url = await listen(seen);
    const result = await runPaced({
      url,
      target: "test",
      cookies: ["a", "b", "fail"],
      sessions: 3,
      intervalS: 0.1,
      warmupS: 0,
      durationS: 0.35,
      cpuGroups: [],
    });
    expect(new Set(seen)).toEqual(new Set(["a", "b", "fail"]));
    expect(result.sent).toBe(seen.length);
    // Session 2 uses "fail": a third of what was sent, rounded by where the run stopped.
    expect(result.failed).toBe(seen.filter((c) => c === "fail").length);
    expect(result.answered).toBe(result.sent - result.failed);
    expect(result.latency.count).toBe(result.answered);
    expect(result).toMatchObject({ sessions: 3, intervalS: 0.1, offeredPerS: 30, cpuMsPerRequest: null });
    expect(result.failedBecause).toEqual([{ reason: "HTTP 500", count: result.failed }]);
  });

  it("says why a request failed when the connection itself was dropped", async () => {
    server = createServer((req, res) => {
      if (req.headers.cookie === "drop") req.socket.destroy();
      else res.end("ok");
    });
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const result = await runPaced({
      url: `http://127.0.0.1:${port}/page`,
      target: "test",
      cookies: ["a", "drop"],
      sessions: 2,
      intervalS: 1,
      warmupS: 0,
      durationS: 0.9,
      cpuGroups: [],
    });
    expect(result).toMatchObject({ sent: 2, answered: 1, failed: 1 });
    expect(result.failedBecause).toEqual([{ reason: "socket hang up", count: 1 }]);
  });

  it("reuses the cookies round-robin when there are fewer than sessions", async () => {
    const seen: string[] = [];
    const url = await listen(seen);
    const result = await runPaced({
      url,
      target: "test",
      cookies: ["only"],
      sessions: 4,
      intervalS: 1,
      warmupS: 0,
      durationS: 0.9,
      cpuGroups: [],
    });
    // One request per session: the first ones are spread over the first
    // interval (0, 0.25, 0.5, 0.75 s) and the second would be due after the run.
    expect(seen).toEqual(["only", "only", "only", "only"]);
    expect(result).toMatchObject({ sent: 4, answered: 4, failed: 0, failedBecause: [] });
  });

  it("refuses to run without a session", async () => {
    await expect(
      runPaced({
        url: "http://127.0.0.1:9/",
        target: "t",
        cookies: [],
        sessions: 1,
        intervalS: 1,
        warmupS: 0,
        durationS: 1,
        cpuGroups: [],
      }),
    ).rejects.toThrow("no sessions");
  });
});
