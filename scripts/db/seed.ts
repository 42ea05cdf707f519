// `npm run db:seed`: creates (or resets) the demo accounts and prints them.
import { createDb } from "../../lib/db/client";
import { env } from "../../lib/env";
import { formatDemoAccounts, seedDemoAccounts } from "../../lib/seed/demo-accounts";

async function main() {
  const db = createDb(env().databaseUrl);
  try {
    const { created, updated } = await seedDemoAccounts(db);
    console.log(`Demo accounts ready (${created} created, ${updated} already there):\n${formatDemoAccounts()}`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error("Has the database been migrated? Run `npm run db:migrate` first.");
  process.exit(1);
});
