// `npm run db:new-migration -- <name>`: writes the next migration for both
// databases from the change to prisma/schema.prisma since the last one.
import { createMigration } from "./migrations";
import { writePostgresSchema } from "./schemas";

async function main() {
  const name = process.argv.slice(2).join(" ").trim();
  if (!name) {
    process.stderr.write(
      "Usage: npm run db:new-migration -- <name>\n" +
        "Writes prisma/migrations/<timestamp>_<name> and prisma/postgres/migrations/<timestamp>_<name>\n" +
        "from the changes to prisma/schema.prisma since the last migration. Example: npm run db:new-migration -- add_courses\n",
    );
    process.exitCode = 2;
    return;
  }
  // The PostgreSQL schema is derived; make sure it reflects the source first.
  writePostgresSchema();
  const written = await createMigration(name);
  for (const [provider, folder] of Object.entries(written)) {
    process.stdout.write(
      folder ? `${provider}: wrote ${folder}\n` : `${provider}: no schema changes, nothing written\n`,
    );
  }
  if (written.sqlite || written.postgresql) {
    process.stdout.write("Apply with `npm run db:migrate`; regenerate the clients with `npm run db:generate`.\n");
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  if (process.env.DEBUG && error instanceof Error) process.stderr.write(`${error.stack ?? ""}\n`);
  process.exitCode = 1;
});
