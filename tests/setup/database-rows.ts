// Every row of every table of a database, as comparable text: for tests that
// prove two databases hold the same data (backup and restore). Tables by
// name, each table's rows sorted, so the order a database returns them in
// does not matter.
import { createDb, providerOf } from "../../lib/db/client";

function normalise(value: unknown): unknown {
  if (value instanceof Date) return `date:${value.toISOString()}`;
  if (typeof value === "bigint") return `bigint:${value.toString()}`;
  if (value instanceof Uint8Array) return `bytes:${Buffer.from(value).toString("base64")}`;
  return value;
}

export async function allRows(url: string): Promise<Record<string, string[]>> {
  const client = createDb(url);
  try {
    const tables = await client.$queryRawUnsafe<{ name: string }[]>(
      providerOf(url) === "sqlite"
        ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        : "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'",
    );
    const result: Record<string, string[]> = {};
    for (const { name } of tables.sort((a, b) => a.name.localeCompare(b.name))) {
      const rows = await client.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${name}"`);
      result[name] = rows
        .map((row) =>
          JSON.stringify(
            Object.fromEntries(
              Object.keys(row)
                .sort()
                .map((key) => [key, normalise(row[key])]),
            ),
          ),
        )
        .sort();
    }
    return result;
  } finally {
    await client.$disconnect();
  }
}
