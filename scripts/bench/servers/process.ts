// A child process in its own process group (so stopping it stops whatever it
// spawned too), registered for clean-up, and a wait for it to answer HTTP.
import { spawn, type ChildProcess } from "node:child_process";
import { request } from "node:http";
import { killGroup, onCleanup } from "../cleanup";

export type Managed = { name: string; pid: number; output: () => string; stop: () => Promise<void> };

export function spawnManaged(
  name: string,
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): { managed: Managed; child: ChildProcess } {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (child.pid === undefined) throw new Error(`${name} could not be started (${command}).`);
  const pid = child.pid;
  let log = "";
  const append = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-10_000);
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
  const stop = async () => {
    unregister();
    if (child.exitCode !== null || child.signalCode !== null) return;
    killGroup(pid, "SIGTERM");
    const timer = setTimeout(() => killGroup(pid, "SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  };
  const unregister = onCleanup(name, stop, () => killGroup(pid, "SIGTERM"));
  return { managed: { name, pid, output: () => log, stop }, child };
}

/** Status of one GET, or null when nothing answers yet. */
export function probe(url: string): Promise<number | null> {
  return new Promise((resolve) => {
    const req = request(url, { method: "GET", timeout: 2000 }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? null));
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(null));
    req.end();
  });
}

export async function waitForHttp(url: string, child: ChildProcess, output: () => string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exited with code ${child.exitCode}: ${output().trim()}`);
    if ((await probe(url)) !== null) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s: ${output().trim()}`);
}
