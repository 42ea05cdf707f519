// `npm run reminders`: the reminders job, now: due-soon reminders (in the app,
// and emailed with SMTP_URL set) and the emails of look-backs whose day has
// come. The server also runs it hourly when SMTP is configured; this is for
// cron or a one-off check. Safe beside running servers (lib/jobs/reminders.ts).
import { runReminders } from "../lib/jobs/reminders";

runReminders()
  .then(({ dueSoon, lookBacks }) => {
    console.log(
      `Due-soon reminders: ${dueSoon.created} new, ${dueSoon.emailed} emailed. Look-backs emailed: ${lookBacks.emailed}.`,
    );
    process.exit(0);
  })
  .catch((error: unknown) => {
    console.error(`Could not send reminders: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
