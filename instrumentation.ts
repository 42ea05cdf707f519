// Next.js calls register() once when a server instance starts. With SMTP
// configured, each instance checks hourly for due-soon reminders; the unique
// reminder key in the database keeps several instances from sending twice.
const HOUR_MS = 60 * 60 * 1000;

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.SMTP_URL) return;
  const { sendDueSoonReminders } = await import("./lib/cohorts/reminders");
  const { log } = await import("./lib/log/logger");
  const run = () => {
    sendDueSoonReminders()
      .then((result) => log.info("reminders.sent", result))
      .catch((error: unknown) => log.warn("reminders.failed", { error }));
  };
  setTimeout(run, 30_000).unref();
  setInterval(run, HOUR_MS).unref();
}
