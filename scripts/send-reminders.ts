// `npm run reminders`: the reminders job, now: notifications of modules due
// soon and of look-backs whose day has come, emailed too with SMTP_URL set
// (to whoever hasn't turned that kind off). Each server also runs it every
// quarter of an hour unless REMINDERS_JOB=off; this is for cron or a one-off
// check. Safe beside running servers (lib/jobs/reminders.ts).
import { runReminders } from "../lib/jobs/reminders";

runReminders()
  .then(({ dueSoon, lookBacks }) => {
    console.log(
      `Due-soon reminders: ${dueSoon.created} new, ${dueSoon.emailed} emailed. ` +
        `Look-backs due: ${lookBacks.notified} new, ${lookBacks.emailed} emailed.`,
    );
    process.exit(0);
  })
  .catch((error: unknown) => {
    console.error(`Could not send reminders: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
