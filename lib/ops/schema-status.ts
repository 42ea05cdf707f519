// Which migrations a database holds, against the ones this code knows. Used by
// `npm start` (it refuses a database newer than the code), by restore (it
// refuses a backup from a newer version) and by the admin's instance view.
// Not server-only: the command-line scripts use it too.
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import type { DbProvider } from "../db/client";

export type SchemaStatus = {
  provider: DbProvider;
  /** Migration names recorded as finished in the database, oldest first. */
  applied: string[];
  /** The newest applied migration, or null for an empty database. */
  latest: string | null;
  /** Applied in the database but unknown to this code: the database is newer than the code. */
  unknown: string[];
  /** Known to this code but not yet applied: `npm start` (or `npm run db:migrate`) applies them. */
  pending: string[];
};

/** Something with a raw query: the app's client, or one made for a script. */
type RawQuery = { $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T> };

const MIGRATIONS_DIRS: Record<DbProvider, string[]> = {
  sqlite: ["prisma", "migrations"],
  postgresql: ["prisma", "postgres", "migrations"],
};

/** The migration folder names this code ships, oldest first. */
export function knownMigrations(provider: DbProvider, root = process.cwd()): string[] {
  const dir = path.join(root, ...MIGRATIONS_DIRS[provider]);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** The finished migrations recorded in the database ([] when it has none yet). */
export async function appliedMigrations(client: RawQuery): Promise<string[]> {
  try {
    const rows = await client.$queryRawUnsafe<{ migration_name: string }[]>(
      "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    return rows.map((row) => row.migration_name).sort();
  } catch {
    // No _prisma_migrations table: an empty database.
    return [];
  }
}

export async function schemaStatus(
  client: RawQuery,
  provider: DbProvider,
  root = process.cwd(),
): Promise<SchemaStatus> {
  const applied = await appliedMigrations(client);
  const known = knownMigrations(provider, root);
  const knownSet = new Set(known);
  const appliedSet = new Set(applied);
  return {
    provider,
    applied,
    latest: applied.at(-1) ?? null,
    unknown: applied.filter((name) => !knownSet.has(name)),
    pending: known.filter((name) => !appliedSet.has(name)),
  };
}

/** The sentence shown when a database is newer than this code, or null when it is not. */
export function newerDatabaseMessage(status: SchemaStatus, what = "This database"): string | null {
  if (status.unknown.length === 0) return null;
  return `${what} was last upgraded by a newer version of It Takes Two (it has ${status.unknown.length} migration(s) this version doesn't know, the newest ${status.unknown.at(-1)}). Install that version or a later one; running an older version on it could damage data.`;
}
