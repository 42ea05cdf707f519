// Fresh migrated databases for the bench, made by the same helper the tests
// use (tests/setup/test-database.ts) and dropped on exit, Ctrl+C included.
import pg from "pg";
import type { Provider } from "../db/migrations";
import { createTestDatabase, type TestDatabase } from "../../tests/setup/test-database";
import { onCleanup } from "./cleanup";

export type BenchDatabase = TestDatabase & { release: () => Promise<void> };

const DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

export async function createBenchDatabase(provider: Provider, label: string): Promise<BenchDatabase> {
  // createTestDatabase picks the provider from TEST_DATABASE_PROVIDER, and
  // reads it before its first await: set it for this one call only, so a
  // developer's own setting does not turn the SQLite figures into PostgreSQL.
  const saved = process.env.TEST_DATABASE_PROVIDER;
  process.env.TEST_DATABASE_PROVIDER = provider;
  let pending: Promise<TestDatabase>;
  try {
    pending = createTestDatabase({ label: `bench_${label}` });
  } finally {
    if (saved === undefined) delete process.env.TEST_DATABASE_PROVIDER;
    else process.env.TEST_DATABASE_PROVIDER = saved;
  }
  const database = await pending;
  const unregister = onCleanup(`${provider} database ${label}`, () => database.drop());
  return {
    ...database,
    release: async () => {
      unregister();
      await database.drop();
    },
  };
}

/** The PostgreSQL server's version, or why it cannot be used. */
export async function postgresStatus(): Promise<{ version: string } | { missing: string }> {
  const url = process.env.TEST_POSTGRES_URL || DEFAULT_ADMIN_URL;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const result = await client.query<{ server_version: string }>("SHOW server_version");
    return { version: result.rows[0]?.server_version ?? "unknown" };
  } catch (error) {
    return {
      missing: `PostgreSQL is not reachable at ${url} (${error instanceof Error ? error.message : String(error)})`,
    };
  } finally {
    await client.end().catch(() => undefined);
  }
}
