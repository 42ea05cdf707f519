// `npm run setup`: prepares the database (migrations, then demo accounts and
// the demo cohort, on an instance reached on this machine only) and the local
// auth secret. Safe to run again: it only does what is missing.
import { createDb } from "../lib/db/client";
import { upgradeDatabase } from "./db/upgrade";
import { env, EnvError } from "../lib/env";
import { localSecret } from "../lib/auth/secret";
import { demoAccountsRefusal, formatDemoAccounts, seedDemoAccounts } from "./seed/demo-accounts";
import { describeDemoCohort, seedDemoCohort } from "./seed/demo-cohort";
import { describeDatabase } from "./describe-database";

async function main() {
  const config = env();
  console.log(`Database: ${describeDatabase(config.databaseUrl)}`);
  const { applied } = await upgradeDatabase(config.databaseUrl);
  console.log(applied.length ? `Applied ${applied.length} migration(s).` : "Database schema is up to date.");
  if (!config.AUTH_SECRET && config.NODE_ENV !== "production") {
    localSecret(config.dataDir);
  }
  const refusal = demoAccountsRefusal(config.APP_URL);
  if (refusal) {
    console.log(refusal);
    return;
  }
  const db = createDb(config.databaseUrl);
  let cohort: Awaited<ReturnType<typeof seedDemoCohort>>;
  try {
    await seedDemoAccounts(db);
    cohort = await seedDemoCohort(db);
  } finally {
    await db.$disconnect();
  }
  console.log(`Demo accounts:\n${formatDemoAccounts()}`);
  console.log(describeDemoCohort(cohort, config.APP_URL ?? `http://localhost:${config.PORT}`));
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError || error instanceof Error ? error.message : String(error));
  process.exit(1);
});
