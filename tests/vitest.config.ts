import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "..");

export default defineConfig({
  root,
  resolve: {
    alias: {
      "@": root,
      // `server-only` throws outside React's server build; unit tests run the
      // server modules directly, which is exactly what it permits.
      "server-only": path.join(root, "tests/setup/server-only-stub.ts"),
    },
  },
  test: {
    environment: "node",
    include: ["{app,components,lib,content,scripts}/**/*.test.{ts,tsx}", "tests/security/**/*.test.ts"],
    exclude: ["**/node_modules/**", "lib/db/generated/**"],
    setupFiles: ["tests/setup/vitest.setup.ts"],
    // Each test file gets its own database (see tests/setup/vitest.setup.ts);
    // two cores, so two forks.
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
