// The floor server (floor-app.ts) on a free loopback port and a given
// database, started and stopped like the app (next.ts), so the two are
// measured by the same load generator in the same run.
import path from "node:path";
import { freePort } from "../../../tests/e2e/support/app-server";
import { BENCH_AUTH_SECRET, ROOT } from "../paths";
import { spawnManaged, waitForHttp } from "./process";
import type { NextServer } from "./next";

const FLOOR_APP = path.join(ROOT, "scripts", "bench", "servers", "floor-app.ts");

export async function startFloor(name: string, databaseUrl: string): Promise<NextServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { managed, child } = spawnManaged(
    name,
    process.execPath,
    [
      ...(process.env.BENCH_CPU_PROF_DIR ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`] : []),
      // lib/ marks its modules server-only; outside Next that import loads only under this condition.
      "--conditions=react-server",
      "--import",
      "tsx",
      FLOOR_APP,
      "--port",
      String(port),
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: BENCH_AUTH_SECRET,
        APP_URL: url,
        LOG_LEVEL: "warn",
        REMINDERS_JOB: "off",
      },
    },
  );
  try {
    await waitForHttp(`${url}/health`, child, managed.output, 60_000);
  } catch (error) {
    await managed.stop();
    throw error;
  }
  return { ...managed, url, port };
}
