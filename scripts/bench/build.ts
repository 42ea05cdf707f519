// `npm run build` (content check, then `next build`) into the bench's own
// folder. next build rewrites tsconfig.json to include the new folder's
// types; that change is the bench's side effect, not the project's, so the
// original text is written back afterwards (and on Ctrl+C).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { onCleanup } from "./cleanup";
import { BENCH_DIST_DIR, BUILD_DIR, ROOT } from "./paths";
import { spawnManaged } from "./servers/process";

const TSCONFIG = path.join(ROOT, "tsconfig.json");

function restoreTsconfig(original: string): void {
  if (readFileSync(TSCONFIG, "utf8") !== original) writeFileSync(TSCONFIG, original);
}

export function hasBuild(): boolean {
  return existsSync(path.join(BUILD_DIR, "BUILD_ID"));
}

/** Builds into .next-bench; resolves with the seconds it took, throws with the log's tail on failure. */
export async function buildApp(): Promise<number> {
  const original = readFileSync(TSCONFIG, "utf8");
  const unregister = onCleanup("tsconfig.json", () => restoreTsconfig(original));
  const npm = process.env.npm_execpath;
  const [command, args] = npm ? [process.execPath, [npm, "run", "build"]] : ["npm", ["run", "build"]];
  const started = performance.now();
  const { managed, child } = spawnManaged("next build", command, args, {
    cwd: ROOT,
    env: { ...process.env, NEXT_DIST_DIR: BENCH_DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" },
  });
  try {
    const code = await new Promise<number | null>((resolve) => {
      if (child.exitCode !== null) resolve(child.exitCode);
      else child.once("exit", (exitCode) => resolve(exitCode));
    });
    if (code !== 0) throw new Error(`npm run build failed (exit ${code}):\n${managed.output().slice(-4000)}`);
  } finally {
    await managed.stop();
    restoreTsconfig(original);
    unregister();
  }
  return (performance.now() - started) / 1000;
}
