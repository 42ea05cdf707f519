// `npm run bench -- --profile`: every app and floor server runs under
// `node --cpu-prof`, writing one .cpuprofile per process to bench/tmp/profiles/
// (open them in Chrome's DevTools, Performance tab). After the run, each
// profile is summed up here by area — session lookup, Prisma, the database
// driver, zod, React, logging, Next — so docs/performance.md can say where
// the milliseconds go. Pure except for reading the files.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
export type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number };

/** A stretch of the run (microseconds on the monotonic clock V8's profiler also uses). */
export type Window = { label: string; startUs: number; endUs: number };

const windows: Window[] = [];

/** Runs `work`, remembering when it ran so each profile can be cut to the load it was under. */
export async function profiled<T>(label: string, work: () => Promise<T>): Promise<T> {
  const startUs = Number(process.hrtime.bigint() / 1000n);
  try {
    return await work();
  } finally {
    windows.push({ label, startUs, endUs: Number(process.hrtime.bigint() / 1000n) });
  }
}

export function profileWindows(): readonly Window[] {
  return windows;
}

/**
 * Areas, first match wins, tested against the function's file (a package in
 * node_modules, a Turbopack chunk named after the modules it holds, or ours).
 */
const AREAS: readonly [string, RegExp][] = [
  ["session lookup (better-auth, lib/auth)", /better-auth|better-call|@better-auth|lib[/_]auth|jose|@noble/],
  [
    "Prisma (client, query compiler)",
    /@prisma[/_]client|prisma[/_]client|query_compiler|lib[/_]db[/_]generated|@prisma/,
  ],
  ["database driver (libsql, pg)", /libsql|[/_]pg[/_-]|node_modules[/_]pg[/_]|pg-protocol|pg-pool/],
  ["zod", /[/_]zod[/_]/],
  ["logging (pino)", /pino|lib[/_]log/],
  ["React rendering", /react-dom|react-server-dom|[/_]react[/_]|jsx-runtime/],
  ["Next internals", /next[/_]dist|[/_]next[/_]|\.next-bench[/_]server[/_](?:chunks[/_])?(?:ssr[/_])?\[turbopack\]/],
  // Turbopack bundles our code with the packages it does not leave external
  // (better-auth, zod, React's server build) into chunks with hashed names:
  // by file alone they cannot be told apart.
  [
    "app bundle (our code + bundled better-auth, zod, React)",
    /\.next-bench|[/_]lib[/_]|[/_]app[/_]|[/_]components[/_]/,
  ],
  ["tsx loader", /tsx[/_]dist|esbuild/],
];

/** The area of one function: by its file, and Node's own pseudo-frames by name. */
export function areaOf(frame: CallFrame): string {
  if (frame.functionName === "(garbage collector)") return "garbage collection";
  if (frame.functionName === "(idle)") return "idle";
  if (frame.functionName === "(program)") return "V8 / native (program)";
  const url = frame.url;
  if (!url) return "V8 / native (program)";
  if (url.startsWith("node:")) return "Node built-ins (http, streams, crypto)";
  for (const [name, pattern] of AREAS) if (pattern.test(url)) return name;
  return "other packages";
}

export type AreaTime = { area: string; selfMs: number; totalMs: number };
export type FunctionTime = { name: string; area: string; selfMs: number };
export type ProfileSummary = { busyMs: number; areas: AreaTime[]; functions: FunctionTime[] };

/**
 * Self time: the samples that stopped in the area's own code. Total time:
 * the samples with the area anywhere on the stack (each counted once per
 * sample), so Next's total includes the React and Prisma it called. Idle
 * time is left out of both.
 */
export function summarizeProfile(profile: CpuProfile, window?: Pick<Window, "startUs" | "endUs">): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const functions = new Map<string, FunctionTime>();
  let busyMs = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (window && (at < window.startUs || at > window.endUs)) return;
    const ms = delta / 1000;
    const node = byId.get(id);
    if (!node) return;
    const area = areaOf(node.callFrame);
    if (area === "idle") return;
    busyMs += ms;
    self.set(area, (self.get(area) ?? 0) + ms);
    const frame = node.callFrame;
    const key = `${frame.functionName || "(anonymous)"} ${path.basename(frame.url)}:${frame.lineNumber + 1}`;
    const fn = functions.get(key) ?? { name: key, area, selfMs: 0 };
    fn.selfMs += ms;
    functions.set(key, fn);
    const seen = new Set<string>();
    for (let up: number | undefined = id; up !== undefined; up = parent.get(up)) {
      const frameArea = areaOf(byId.get(up)?.callFrame ?? { functionName: "", url: "", lineNumber: 0 });
      if (!seen.has(frameArea)) {
        seen.add(frameArea);
        total.set(frameArea, (total.get(frameArea) ?? 0) + ms);
      }
    }
  });
  const areas = [...self.keys(), ...total.keys()]
    .filter((area, i, all) => all.indexOf(area) === i && area !== "idle" && area !== "V8 / native (program)")
    .map((area) => ({ area, selfMs: self.get(area) ?? 0, totalMs: total.get(area) ?? 0 }))
    .sort((a, b) => b.selfMs - a.selfMs);
  const program = self.get("V8 / native (program)");
  if (program) areas.push({ area: "V8 / native (program)", selfMs: program, totalMs: program });
  return {
    busyMs,
    areas,
    functions: [...functions.values()].sort((a, b) => b.selfMs - a.selfMs),
  };
}

/** The summary as lines: areas by self time with their totals, then the top functions. */
export function renderProfile(label: string, summary: ProfileSummary, requests: number | null, top = 12): string {
  const per = (ms: number) => (requests ? ` (${(ms / requests).toFixed(2)} ms/request)` : "");
  const share = (ms: number) => `${((100 * ms) / Math.max(summary.busyMs, 1e-9)).toFixed(1).padStart(5)}%`;
  const lines = [`  ${label}: ${summary.busyMs.toFixed(0)} ms on CPU${per(summary.busyMs)}`];
  lines.push("    by area            self            total (area anywhere on the stack)");
  for (const a of summary.areas) {
    lines.push(
      `    ${a.area.padEnd(42)} self ${share(a.selfMs)} ${a.selfMs.toFixed(0).padStart(6)} ms   total ${share(a.totalMs)}`,
    );
  }
  lines.push(`    top ${top} functions by self time`);
  for (const f of summary.functions.slice(0, top)) {
    lines.push(`    ${share(f.selfMs)}  ${f.name.slice(0, 80).padEnd(80)} [${f.area}]`);
  }
  return lines.join("\n");
}

/**
 * Every .cpuprofile in the folder, cut to each window of the run: one
 * summary per server and figure (a server idle during a figure is left out).
 */
export function summarizeFolder(
  folder: string,
  cuts: readonly Window[],
): { file: string; label: string; summary: ProfileSummary }[] {
  const out: { file: string; label: string; summary: ProfileSummary }[] = [];
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith(".cpuprofile"))
    .sort()) {
    const profile = JSON.parse(readFileSync(path.join(folder, file), "utf8")) as CpuProfile;
    for (const cut of cuts) {
      const summary = summarizeProfile(profile, cut);
      // Under a tenth of a core over the window: this server was not the one under load.
      if (summary.busyMs > ((cut.endUs - cut.startUs) / 1000) * 0.1) out.push({ file, label: cut.label, summary });
    }
  }
  return out;
}
