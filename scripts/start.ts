// `npm start`: checks the configuration, refuses a database a newer version
// has migrated (scripts/db/upgrade.ts), applies pending migrations, then runs
// the production server (scripts/serve.ts: Next.js behind our own small
// server) and prints where to open it.
import { existsSync } from "node:fs";
import path from "node:path";
import { localSecret } from "../lib/auth/secret";
import { createDb } from "../lib/db/client";
import { upgradeDatabase } from "./db/upgrade";
import { env } from "../lib/env";
import { DEMO_ACCOUNTS, formatDemoAccounts } from "./seed/demo-accounts";
import { describeDatabase } from "./describe-database";
import { serve, stopOnSignals } from "./serve";

const root = path.resolve(import.meta.dirname, "..");

async function demoAccountsPresent(url: string): Promise<boolean> {
  const db = createDb(url);
  try {
    return (await db.user.count({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } } })) > 0;
  } finally {
    await db.$disconnect();
  }
}

async function main() {
  const config = env();
  if (!existsSync(path.join(root, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) {
    throw new Error(
      "There is no production build yet. Run `npm run build` first (or `npm run demo` to do everything).",
    );
  }
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  if (!config.AUTH_SECRET) {
    if (config.DATABASE_URL) {
      throw new Error(
        "AUTH_SECRET is not set. A shared deployment (DATABASE_URL set) must have one: set AUTH_SECRET to a random string of at least 32 characters, the same on every instance.",
      );
    }
    // The built-in laptop set-up: keep a generated secret in the data folder.
    process.env.AUTH_SECRET = localSecret(config.dataDir);
  }
  const { applied } = await upgradeDatabase(config.databaseUrl);
  if (applied.length) console.log(`Applied ${applied.length} migration(s).`);
  const showDemo = await demoAccountsPresent(config.databaseUrl);

  const running = await serve({ port: config.PORT });
  const url = config.APP_URL ?? running.url;
  console.log(`\nIt Takes Two is running on ${describeDatabase(config.databaseUrl)}.`);
  console.log(`Open ${url}`);
  if (showDemo) console.log(`Demo sign-ins:\n${formatDemoAccounts()}`);
  console.log("Press Ctrl+C to stop.\n");
  stopOnSignals(running);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
