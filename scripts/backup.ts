// `npm run backup`: one backup of the configured database, taken while the app
// keeps running, into BACKUP_DIR (lib/ops/backups.ts). Prints where it went.
import { createDb } from "../lib/db/client";
import { env } from "../lib/env";
import { takeBackup } from "../lib/ops/backups";

function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

async function main() {
  const config = env();
  const client = createDb(config.databaseUrl);
  try {
    const result = await takeBackup({
      client,
      databaseUrl: config.databaseUrl,
      dir: config.backupDir,
      keep: config.BACKUP_KEEP,
      trigger: "manual",
    });
    console.log(`Backup saved: ${result.file} (${size(result.sizeBytes)}).`);
    if (!result.recorded) {
      console.log(
        "(Not listed in the app: this database has no backup history yet. Run `npm start` once to upgrade it.)",
      );
    }
    if (result.deleted.length > 0) {
      console.log(`Deleted ${result.deleted.length} older backup(s), keeping the newest ${config.BACKUP_KEEP}.`);
    }
  } finally {
    await client.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(`The backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
