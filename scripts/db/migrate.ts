// `npm run db:migrate`: applies pending migrations to DATABASE_URL (unset: the
// built-in SQLite file), like `prisma migrate deploy` but without Prisma's
// native engine, which cannot be downloaded everywhere. Refuses, changing
// nothing, a database that a newer version has migrated (scripts/db/upgrade.ts).
import { NewerDatabaseError, upgradeDatabase } from "./upgrade";
import { redactUrl } from "./schema-engine";
import { env } from "../../lib/env";

async function main() {
  const url = env().databaseUrl;
  try {
    const { applied } = await upgradeDatabase(url);
    if (applied.length === 0) process.stdout.write("Database is up to date\n");
  } catch (error) {
    if (error instanceof NewerDatabaseError) {
      process.stderr.write(`Not migrating ${redactUrl(url)}: ${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    const hint = message.startsWith("Migration ")
      ? "Migrations after that one were not applied. Fix the cause (or the migration) and run `npm run db:migrate` again."
      : "Check DATABASE_URL and that the database server is running and reachable.";
    process.stderr.write(`Could not migrate ${redactUrl(url)}: ${message.trim()}\n${hint}\n`);
    if (process.env.DEBUG && error instanceof Error) process.stderr.write(`${error.stack ?? ""}\n`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  // Configuration errors (lib/env.ts) already explain themselves.
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env.DEBUG && error instanceof Error) process.stderr.write(`${error.stack ?? ""}\n`);
  process.exitCode = 1;
});
