// One production server (scripts/serve.ts, as `npm start` runs it) from the bench's own build folder, on
// a free loopback port and a given database. Started like the browser tests
// start theirs (tests/e2e/support/app-server.ts), but registered for clean-up
// from the moment it is spawned, so Ctrl+C during start-up leaves nothing.
import path from "node:path";
import { freePort } from "../../../tests/e2e/support/app-server";
import { probe, spawnManaged, waitForHttp, type Managed } from "./process";
import { BENCH_AUTH_SECRET, BENCH_DIST_DIR, ROOT } from "../paths";

const SERVE_SCRIPT = path.join(ROOT, "scripts", "serve.ts");

export type NextServer = Managed & { url: string; port: number };

/** The app itself would not start: the one failure after the build that makes the bench exit non-zero. */
export class AppStartError extends Error {}

export async function startNext(name: string, databaseUrl: string): Promise<NextServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { managed, child } = spawnManaged(
    name,
    process.execPath,
    [
      // BENCH_CPU_PROF_DIR=<folder> writes a V8 CPU profile of every app server, for finding where time goes.
      ...(process.env.BENCH_CPU_PROF_DIR ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`] : []),
      "--import",
      "tsx",
      SERVE_SCRIPT,
      "--port",
      String(port),
      "--hostname",
      "127.0.0.1",
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        NEXT_DIST_DIR: BENCH_DIST_DIR,
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: BENCH_AUTH_SECRET,
        APP_URL: url,
        // Errors still show; per-request info lines would cost time under load.
        LOG_LEVEL: "warn",
        // The reminders job (instrumentation.ts) would run 30 s after start,
        // in the middle of a figure, and change what was seeded: look-backs
        // and due dates become notifications and nudges.
        REMINDERS_JOB: "off",
      },
    },
  );
  try {
    await waitForHttp(`${url}/api/health`, child, managed.output, 90_000);
    // Listening is not enough: the health check also proves the database answers.
    const deadline = Date.now() + 30_000;
    while ((await probe(`${url}/api/health`)) !== 200) {
      if (Date.now() > deadline) throw new Error(`/api/health did not answer 200: ${managed.output().trim()}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  } catch (error) {
    await managed.stop();
    throw new AppStartError(
      `${name} (the app server) did not start: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return { ...managed, url, port };
}
