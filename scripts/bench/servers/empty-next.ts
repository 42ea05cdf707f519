// The framework's empty page (scripts/bench/empty-next): built with the same
// Next.js and React as the app, then served by `next start`, so Lighthouse can
// measure what the framework alone costs a phone beside our lesson and home
// page (issue 15: "show the figures for the framework's empty page").
import { existsSync } from "node:fs";
import path from "node:path";
import { freePort } from "../../../tests/e2e/support/app-server";
import { ROOT } from "../paths";
import { spawnManaged, waitForHttp, type Managed } from "./process";

export const EMPTY_NEXT_DIR = path.join(ROOT, "scripts", "bench", "empty-next");
const DIST_DIR = ".next-bench";
export const EMPTY_NEXT_BUILD_DIR = path.join(EMPTY_NEXT_DIR, DIST_DIR);
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

const env = (): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  NEXT_DIST_DIR: DIST_DIR,
});

async function exitCode(child: ReturnType<typeof spawnManaged>["child"]): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once("exit", (code) => resolve(code));
  });
}

/** `next build` of the empty app, into its own git-ignored folder. */
export async function buildEmptyNext(): Promise<void> {
  const { managed, child } = spawnManaged("next build (empty page)", process.execPath, [NEXT_BIN, "build"], {
    cwd: EMPTY_NEXT_DIR,
    env: env(),
  });
  try {
    const code = await exitCode(child);
    if (code !== 0 || !existsSync(path.join(EMPTY_NEXT_DIR, DIST_DIR, "BUILD_ID")))
      throw new Error(`the empty Next.js page did not build (exit ${code}):\n${managed.output().slice(-2000)}`);
  } finally {
    await managed.stop();
  }
}

/** Builds the empty app unless this run has a build with its signed-in page already (the page-weight figure builds it first). */
export async function ensureEmptyNext(): Promise<void> {
  if (!existsSync(path.join(EMPTY_NEXT_BUILD_DIR, "server", "app", "signed-in", "page.js"))) await buildEmptyNext();
}

export async function startEmptyNext(): Promise<Managed & { url: string }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { managed, child } = spawnManaged(
    "next start (empty page)",
    process.execPath,
    [NEXT_BIN, "start", "--port", String(port), "--hostname", "127.0.0.1"],
    { cwd: EMPTY_NEXT_DIR, env: env() },
  );
  try {
    await waitForHttp(`${url}/`, child, managed.output, 60_000);
  } catch (error) {
    await managed.stop();
    throw error;
  }
  return { ...managed, url };
}
