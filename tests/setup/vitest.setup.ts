// Runs before every test file: gives the file its own freshly migrated
// database (SQLite by default, PostgreSQL when TEST_DATABASE_PROVIDER=postgresql)
// and makes any console.error fail the test that caused it.
import { afterAll, afterEach, beforeEach } from "vitest";
import { createTestDatabase } from "./test-database";

const database = await createTestDatabase({ label: "unit" });
process.env.DATABASE_URL = database.url;

afterAll(async () => {
  const { dbReady } = await import("../../lib/db/client");
  await (await dbReady()).$disconnect();
  await database.drop();
});

let consoleErrors: unknown[][] = [];
const originalError = console.error;

beforeEach(() => {
  consoleErrors = [];
  console.error = (...args: unknown[]) => {
    consoleErrors.push(args);
    originalError(...args);
  };
});

afterEach(() => {
  console.error = originalError;
  if (consoleErrors.length > 0) {
    throw new Error(
      `console.error was called during this test:\n${consoleErrors.map((a) => a.map(String).join(" ")).join("\n")}`,
    );
  }
});

// Logs stay quiet in unit tests (the logger has its own test).
process.env.LOG_LEVEL ??= "silent";
