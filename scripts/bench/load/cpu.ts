// CPU time used by the servers under test, from /proc (Linux). Throughput on
// a shared two-core machine moves with whatever else runs; CPU milliseconds
// per request barely do, so they explain a figure when it looks odd.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    const result = spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" });
    const value = Number(result.stdout.trim());
    ticksPerSecond = result.status === 0 && value > 0 ? value : 100;
  }
  return ticksPerSecond;
}

/**
 * user + system CPU of one line of /proc/<pid>/stat, if its process group is
 * one of `groups`. The command name may contain spaces and parentheses, so
 * fields are counted after the last ")".
 */
export function statCpuTicks(stat: string, groups: ReadonlySet<number>): number {
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // After the name: state(0) ppid(1) pgrp(2) … utime(11) stime(12).
  if (!groups.has(Number(fields[2]))) return 0;
  return Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
}

/** CPU milliseconds used so far by every live process in these process groups, or null off Linux. */
export function groupCpuMs(groups: readonly number[]): number | null {
  if (process.platform !== "linux" || groups.length === 0) return null;
  const wanted = new Set(groups);
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      ticks += statCpuTicks(readFileSync(`/proc/${entry}/stat`, "utf8"), wanted);
    } catch {
      // The process ended while we were reading.
    }
  }
  return (ticks * 1000) / clockTicks();
}

/**
 * Waits until the servers are idle (under a tenth of a core over a quarter
 * of a second), at most `timeoutMs`. A load generator stops waiting for the
 * requests still in flight when its run ends, but the server goes on
 * answering them: after a slow page, that backlog would otherwise run into
 * the next figure. Returns the milliseconds waited; at once off Linux.
 */
export async function waitUntilIdle(groups: readonly number[], timeoutMs = 60_000): Promise<number> {
  const started = Date.now();
  const windowMs = 250;
  for (;;) {
    const before = groupCpuMs(groups);
    if (before === null) return 0;
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const after = groupCpuMs(groups) ?? before;
    if (isIdle(after - before, windowMs) || Date.now() - started > timeoutMs) return Date.now() - started;
  }
}

/** Under a tenth of one core over the window. */
export function isIdle(cpuMs: number, windowMs: number): boolean {
  return cpuMs < windowMs * 0.1;
}

/** Starts a CPU measurement; the returned function gives CPU ms per request for `requests`. */
export function cpuMeter(groups: readonly number[]): (requests: number) => number | null {
  const before = groupCpuMs(groups);
  return (requests) => {
    const after = groupCpuMs(groups);
    if (before === null || after === null || requests <= 0) return null;
    return (after - before) / requests;
  };
}
