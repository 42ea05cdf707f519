// `npm run restore -- <file> [--force]`: puts a backup back in place of the
// configured database (lib/ops/restore.ts), keeping the current one aside.
import { parseArgs } from "node:util";
import { describeDatabase } from "./describe-database";
import { env } from "../lib/env";
import { RestoreRefused, restoreBackup } from "../lib/ops/restore";

const USAGE = "Usage: npm run restore -- <backup file> [--force]";

async function main() {
  const { values, positionals } = parseArgs({
    options: { force: { type: "boolean", default: false } },
    allowPositionals: true,
  });
  if (positionals.length !== 1) {
    console.error(USAGE);
    process.exit(2);
  }
  const config = env();
  const result = await restoreBackup({
    file: positionals[0]!,
    databaseUrl: config.databaseUrl,
    backupDir: config.backupDir,
    force: values.force,
  });
  console.log(`Restored ${positionals[0]} into ${describeDatabase(config.databaseUrl)}.`);
  console.log(
    result.keptAside
      ? `The database as it was just before is kept in ${result.keptAside}; restore that file the same way to undo this.`
      : "There was no database there before, so nothing needed keeping aside.",
  );
  if (result.pending.length > 0) {
    console.log(
      `The backup comes from an older version: the next \`npm start\` brings it up to date (${result.pending.length} migration(s) to apply).`,
    );
  }
  if (result.forcedPast.length > 0) {
    console.log(
      "The app was running (--force). Restart every instance now so that none keeps working on the old data.",
    );
  } else {
    console.log("Start the app again when you are ready.");
  }
}

main().catch((error: unknown) => {
  if (error instanceof RestoreRefused) {
    console.error(`Not restored. ${error.message}`);
    process.exit(1);
  }
  console.error(`The restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
