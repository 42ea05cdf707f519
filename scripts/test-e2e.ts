// `npm run test:e2e`: makes sure a Chromium is there (installing Debian's
// package when we can), builds the production app, then runs Playwright.
// Each Playwright worker starts its own `next start` on its own database.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { findChromium } from "./find-chromium";

const root = path.resolve(import.meta.dirname, "..");

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const result = spawnSync(command, args, { cwd: root, env, stdio: "inherit" });
  return result.status ?? 1;
}

function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROMIUM_PATH) {
    throw new Error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.`);
  }
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("No Chromium found: installing Debian's chromium package (about 20 s)…");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    if (
      run("apt-get", ["update", "-qq"], env) === 0 &&
      run("apt-get", ["install", "-y", "-qq", "chromium"], env) === 0
    ) {
      const installed = findChromium();
      if (installed) return installed;
    }
  }
  throw new Error(
    [
      "The browser tests need Chromium and none was found.",
      "Install one of these, then run the tests again:",
      "  - Debian/Ubuntu: sudo apt-get install chromium",
      "  - any system:    npx playwright install chromium",
      "  - or point CHROMIUM_PATH at a Chromium or Chrome executable.",
    ].join("\n"),
  );
}

function main(): number {
  const chromium = ensureChromium();
  const env: NodeJS.ProcessEnv = { ...process.env, CHROMIUM_PATH: chromium, NEXT_TELEMETRY_DISABLED: "1" };
  if (
    process.env.E2E_SKIP_BUILD !== "1" ||
    !existsSync(path.join(root, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))
  ) {
    const built = run(process.execPath, [require_("next/dist/bin/next"), "build"], env);
    if (built !== 0) return built;
  }
  const args = ["test", "--config", "tests/playwright.config.ts", ...process.argv.slice(2)];
  return run(process.execPath, [require_("@playwright/test/cli"), ...args], env);
}

const require = createRequire(import.meta.url);

function require_(id: string): string {
  return require.resolve(id, { paths: [root] });
}

try {
  process.exit(main());
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
