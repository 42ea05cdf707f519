import { readdirSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { BOTH_DATABASES, SQLITE_ONLY } from "./e2e/support/database-coverage";

// Browser tests run against the production build. There is no shared
// webServer: each worker starts its own `next start` on its own database
// (tests/e2e/support/fixtures.ts), so tests never depend on each other.
const root = path.resolve(import.meta.dirname, "..");
const testDir = path.join(root, "tests/e2e");

// Each spec is placed on purpose: on both databases or on SQLite only
// (tests/e2e/support/database-coverage.ts says why for each).
const unplaced = readdirSync(testDir).filter(
  (file) => file.endsWith(".spec.ts") && !(file in BOTH_DATABASES) && !(file in SQLITE_ONLY),
);
if (unplaced.length > 0) {
  throw new Error(
    `List ${unplaced.join(", ")} in tests/e2e/support/database-coverage.ts: on both databases, or on SQLite only, with the reason.`,
  );
}
const onPostgres = process.env.TEST_DATABASE_PROVIDER === "postgresql";

export default defineConfig({
  testDir,
  // On PostgreSQL, the specs where the database's behaviour shows (decision 045).
  testMatch: onPostgres ? Object.keys(BOTH_DATABASES) : "**/*.spec.ts",
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
