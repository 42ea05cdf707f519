// `npm run db:seed`: creates (or resets) the demo accounts and prints them, and
// creates the demo cohort if the demo facilitator has none.
import { createDb } from "../../lib/db/client";
import { env } from "../../lib/env";
import { demoAccountsRefusal, formatDemoAccounts, seedDemoAccounts } from "../seed/demo-accounts";
import { describeDemoCohort, seedDemoCohort } from "../seed/demo-cohort";

async function main() {
  const config = env();
  const refusal = demoAccountsRefusal(config.APP_URL);
  if (refusal) {
    console.error(refusal);
    process.exit(1);
  }
  const db = createDb(config.databaseUrl);
  try {
    const { created, updated } = await seedDemoAccounts(db);
    console.log(`Demo accounts ready (${created} created, ${updated} already there):\n${formatDemoAccounts()}`);
    const appUrl = config.APP_URL ?? `http://localhost:${config.PORT}`;
    console.log(describeDemoCohort(await seedDemoCohort(db), appUrl));
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error("Has the database been migrated? Run `npm run db:migrate` first.");
  process.exit(1);
});
