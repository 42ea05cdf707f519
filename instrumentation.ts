// Next.js calls register() once when a server instance starts. The
// environment is parsed there, so a wrong value stops the instance before it
// serves anything (scripts/serve.ts has already checked it for npm start and
// npm run dev; this covers Next.js's own server as well). Each instance then:
// - hands our server (scripts/serve.ts) the autosave's fast lane;
// - writes a heartbeat every 30 seconds, so `npm run restore` can tell that
//   the app is running on this database (lib/ops/heartbeat.ts);
// - runs the reminders job every quarter of an hour (notifications for
//   due-soon assignments and look-backs whose day has come, and their emails
//   when SMTP is set), unless REMINDERS_JOB=off; lib/jobs/reminders.ts keeps
//   several instances from doing anything twice;
// - takes a backup every BACKUP_EVERY when it is set; a claim on the time slot
//   in the database makes exactly one instance take it (lib/ops/backup-schedule.ts).
const EVERY_MS = 15 * 60 * 1000;

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  const config = env();
  const { log } = await import("./lib/log/logger");
  const { dbReady } = await import("./lib/db/client");
  const { startHeartbeat } = await import("./lib/ops/heartbeat");
  const { onShutdown } = await import("./lib/ops/shutdown");
  const { countJobRun } = await import("./lib/ops/metrics");
  // The jobs' log lines belong to no request, even if Next.js calls register() while serving one.
  const { outsideRequest } = await import("./lib/log/request-context");
  const client = await dbReady();
  // The usual autosave, answered by our own server before Next.js (decision 057).
  const { addFastLane } = await import("./lib/http/fast-lane");
  const { fastSave } = await import("./lib/reflections/save-fast-lane");
  addFastLane("autosave", fastSave);
  const heartbeat = outsideRequest(() => startHeartbeat(client, (error) => log.warn("heartbeat.failed", { error })));
  // A clean stop (scripts/serve.ts) deletes the row; after a crash it goes
  // stale on its own within 75 seconds.
  onShutdown(() => heartbeat.stop());

  if (config.REMINDERS_JOB !== "off") {
    const { runReminders } = await import("./lib/jobs/reminders");
    const run = () => {
      runReminders()
        .then((result) => log.info("reminders.sent", result))
        .catch((error: unknown) => log.warn("reminders.failed", { error }));
    };
    outsideRequest(() => {
      setTimeout(run, 30_000).unref();
      setInterval(run, EVERY_MS).unref();
    });
  }

  const everyMs = config.backupEveryMs;
  if (everyMs !== null) {
    const { runScheduledBackup, BACKUP_CHECK_EVERY_MS } = await import("./lib/ops/backup-schedule");
    const backUp = () => {
      runScheduledBackup({
        client,
        databaseUrl: config.databaseUrl,
        dir: config.backupDir,
        keep: config.BACKUP_KEEP,
        everyMs,
        instanceId: heartbeat.id,
      })
        .then((result) => {
          if (result.status === "taken") {
            const { file, sizeBytes, deleted } = result.backup;
            countJobRun("backups", "ok");
            log.info("backup.taken", { slot: result.slot, file, sizeBytes, deleted: deleted.length });
          }
        })
        .catch((error: unknown) => {
          countJobRun("backups", "failed");
          log.warn("backup.failed", { error });
        });
    };
    outsideRequest(() => {
      setTimeout(backUp, 60_000).unref();
      setInterval(backUp, BACKUP_CHECK_EVERY_MS).unref();
    });
  }
}
