import { describe, expect, it } from "vitest";
import { areaOf, renderProfile, summarizeProfile, type CpuProfile } from "./profile";

const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });

// root → next handler → react render; root → next handler → prisma → driver; idle.
const PROFILE: CpuProfile = {
  startTime: 1_000_000,
  nodes: [
    { id: 1, callFrame: frame("(root)", ""), children: [2, 6] },
    { id: 2, callFrame: frame("handleRequest", "/app/node_modules/next/dist/server/base-server.js"), children: [3, 4] },
    { id: 3, callFrame: frame("renderElement", "/app/node_modules/react-dom/cjs/server.js") },
    { id: 4, callFrame: frame("_request", "/app/node_modules/@prisma/client/runtime/client.js"), children: [5] },
    { id: 5, callFrame: frame("execute", "/app/node_modules/@libsql/client/lib-cjs/sqlite3.js") },
    { id: 6, callFrame: frame("(idle)", "") },
  ],
  // 1 ms each: react, react, driver, next, idle, idle.
  samples: [3, 3, 5, 2, 6, 6],
  timeDeltas: [1000, 1000, 1000, 1000, 1000, 1000],
};

describe("areaOf", () => {
  it("files each function under the package or part of the app it belongs to", () => {
    expect(areaOf(frame("getSession", "/x/node_modules/better-auth/dist/api/index.mjs"))).toBe(
      "session lookup (better-auth, lib/auth)",
    );
    expect(areaOf(frame("parse", "/x/node_modules/zod/v4/core/parse.js"))).toBe("zod");
    expect(areaOf(frame("write", "/x/node_modules/pino/lib/proto.js"))).toBe("logging (pino)");
    expect(areaOf(frame("query", "/x/node_modules/pg/lib/client.js"))).toBe("database driver (libsql, pg)");
    expect(areaOf(frame("emit", "node:events"))).toBe("Node built-ins (http, streams, crypto)");
    expect(areaOf(frame("(garbage collector)", ""))).toBe("garbage collection");
  });
});

describe("summarizeProfile", () => {
  it("sums self time per area, total time per area on the stack, and leaves idle out", () => {
    const summary = summarizeProfile(PROFILE);
    expect(summary.busyMs).toBe(4);
    const byArea = Object.fromEntries(summary.areas.map((a) => [a.area, a]));
    expect(byArea["React rendering"]).toEqual({ area: "React rendering", selfMs: 2, totalMs: 2 });
    // Next ran 1 ms itself, but was on the stack for all 4.
    expect(byArea["Next internals"]).toEqual({ area: "Next internals", selfMs: 1, totalMs: 4 });
    expect(byArea["Prisma (client, query compiler)"]).toEqual({
      area: "Prisma (client, query compiler)",
      selfMs: 0,
      totalMs: 1,
    });
    expect(summary.functions[0]).toMatchObject({ name: "renderElement server.js:1", selfMs: 2 });
  });

  it("counts only the samples inside a window of the run", () => {
    // Samples end at 1.001 s, 1.002 s, … : the window holds the 3rd and 4th.
    const summary = summarizeProfile(PROFILE, { startUs: 1_002_500, endUs: 1_004_000 });
    expect(summary.busyMs).toBe(2);
    expect(summary.areas.map((a) => a.area)).not.toContain("React rendering");
  });

  it("renders shares of the busy time and per-request milliseconds", () => {
    const text = renderProfile("dashboard", summarizeProfile(PROFILE), 2);
    expect(text).toContain("dashboard: 4 ms on CPU (2.00 ms/request)");
    expect(text).toMatch(/React rendering\s+self\s+50\.0%/);
  });
});
