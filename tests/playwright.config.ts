import path from "node:path";
import { defineConfig } from "@playwright/test";

// Browser tests run against the production build. There is no shared
// webServer: each worker starts its own `next start` on its own database
// (tests/e2e/support/fixtures.ts), so tests never depend on each other.
const root = path.resolve(import.meta.dirname, "..");

export default defineConfig({
  testDir: path.join(root, "tests/e2e"),
  outputDir: path.join(root, "test-results"),
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // Generous: a test fails because something is wrong, not because a shared
  // two-core machine was slow (most tests take 5–30 s).
  timeout: 120_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI
    ? [["list"]]
    : [["list"], ["html", { outputFolder: path.join(root, "playwright-report"), open: "never" }]],
  use: {
    browserName: "chromium",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH,
      args: [
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--disable-dev-shm-usage",
      ],
    },
  },
});
