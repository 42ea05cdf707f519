// Starts a production server (scripts/serve.ts, as `npm start` runs it) on a
// free port (or a given one) and its own database, for one Playwright worker
// or one reliability test. It runs in its own process group, so stopping it
// ends anything it started; a test can also SIGKILL the whole group
// mid-request (no shutdown hooks) and start it again on the same port so
// clients keep their URL — what a process supervisor does after a crash.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..", "..");
/** The app's own server (Next.js behind it), as `npm start` runs it. */
const SERVE_SCRIPT = path.join(root, "scripts", "serve.ts");

export const TEST_AUTH_SECRET = "e2e-test-secret-that-is-long-enough-0123456789";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export type AppServer = {
  url: string;
  port: number;
  /** The process group id (= pid of the server). */
  pid: number;
  output: () => string;
  /** SIGKILL to the whole process group; resolves once the server is gone and the port is free. */
  kill: () => Promise<void>;
  /** SIGTERM, then SIGKILL after 5 s; safe to call when already dead. */
  stop: () => Promise<void>;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function portIsFree(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(1000) });
    return false;
  } catch {
    return true;
  }
}

export async function launchAppServer(
  databaseUrl: string,
  options: { port?: number; extraEnv?: Record<string, string>; startTimeoutMs?: number } = {},
): Promise<AppServer> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  let log = "";
  const child = spawn(
    process.execPath,
    ["--import", "tsx", SERVE_SCRIPT, "--port", String(port), "--hostname", "127.0.0.1"],
    {
      cwd: root,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: TEST_AUTH_SECRET,
        APP_URL: url,
        LOG_LEVEL: "warn",
        // Tests run the reminders job themselves, when they mean to.
        REMINDERS_JOB: "off",
        ...options.extraEnv,
      },
    },
  );
  const append = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  const output = () => log;
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not spawn the app server:\n${output()}`);
  const alive = () => child.exitCode === null && child.signalCode === null;

  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // The group is already gone.
    }
  };
  let killed = false;
  const kill = async () => {
    killed = true;
    signalGroup("SIGKILL");
    await exited;
    // Wait until nothing answers on the port.
    const deadline = Date.now() + 15_000;
    while (!(await portIsFree(port))) {
      if (Date.now() > deadline) throw new Error(`port ${port} still answers after SIGKILL`);
      await sleep(100);
    }
  };
  const stop = async () => {
    if (killed) return;
    if (!alive()) {
      // It died by itself: anything it started could outlive it.
      killed = true;
      signalGroup("SIGKILL");
      return;
    }
    signalGroup("SIGTERM");
    const timer = setTimeout(() => signalGroup("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
    killed = true;
    signalGroup("SIGKILL");
  };

  const timeoutMs = options.startTimeoutMs ?? 90_000;
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (!alive()) throw new Error(`the app server exited (${child.exitCode ?? child.signalCode}):\n${output()}`);
      try {
        const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5000) });
        if (response.ok) break;
      } catch {
        // Not listening yet.
      }
      if (Date.now() > deadline) throw new Error(`the app server was not healthy within ${timeoutMs} ms:\n${output()}`);
      await sleep(200);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, pid, output, kill, stop };
}

/** A server for the lifetime of a worker or a test. */
export async function startAppServer(databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<AppServer> {
  return launchAppServer(databaseUrl, { extraEnv });
}
