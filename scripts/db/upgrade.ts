// Upgrading a database the safe way: refuse one that a newer version of the
// app has already migrated, then apply the pending migrations. `npm start`,
// `npm run db:migrate` and `npm run setup` all go through here, so an older
// version started by mistake (a rollback, one instance left behind) stops
// with a sentence instead of running against a schema it doesn't know.
// See docs/decisions/041-upgrade-tests-and-newer-databases.md.
import path from "node:path";
import { createDb, providerOf } from "../../lib/db/client";
import { newerDatabaseMessage, schemaStatus, type SchemaStatus } from "../../lib/ops/schema-status";
import { migrate, type MigrateOptions } from "./migrations";

/** Where this code's migrations live (prisma/migrations, prisma/postgres/migrations). */
export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

export class NewerDatabaseError extends Error {
  readonly status: SchemaStatus;
  constructor(message: string, status: SchemaStatus) {
    super(message);
    this.name = "NewerDatabaseError";
    this.status = status;
  }
}

/**
 * The database's migrations against this code's. Throws NewerDatabaseError
 * (with the message of lib/ops/schema-status.ts) when the database holds a
 * migration this code doesn't know; changes nothing either way.
 */
export async function refuseNewerDatabase(url: string, root = PROJECT_ROOT): Promise<SchemaStatus> {
  const client = createDb(url);
  try {
    const status = await schemaStatus(client, providerOf(url), root);
    const message = newerDatabaseMessage(status);
    if (message) throw new NewerDatabaseError(message, status);
    return status;
  } finally {
    await client.$disconnect();
  }
}

/** Refuses a newer database, then applies the pending migrations (none applied when it refuses). */
export async function upgradeDatabase(url: string, options: MigrateOptions = {}): Promise<{ applied: string[] }> {
  await refuseNewerDatabase(url);
  return migrate(url, options);
}
