// `npm run reminders`: creates (and, with SMTP_URL set, emails) due-soon
// reminders now. The server also does this hourly when SMTP is configured;
// this is for cron or a one-off check.
import { sendDueSoonReminders } from "../lib/cohorts/reminders";

sendDueSoonReminders()
  .then(({ created, emailed }) => {
    console.log(`Due-soon reminders: ${created} new, ${emailed} emailed.`);
    process.exit(0);
  })
  .catch((error: unknown) => {
    console.error(`Could not send reminders: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
