// Next.js calls register() once when a server instance starts. The
// environment is parsed there, so a wrong value stops the instance before it
// serves anything (scripts/serve.ts has already checked it for npm start and
// npm run dev; this covers Next.js's own server as well). With SMTP
// configured, each instance runs the reminders job hourly (due-soon reminders,
// look-backs whose day has come); lib/jobs/reminders.ts keeps several
// instances from sending twice.
const HOUR_MS = 60 * 60 * 1000;

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  env();
  if (!process.env.SMTP_URL) return;
  const { runReminders } = await import("./lib/jobs/reminders");
  const { log } = await import("./lib/log/logger");
  const run = () => {
    runReminders()
      .then((result) => log.info("reminders.sent", result))
      .catch((error: unknown) => log.warn("reminders.failed", { error }));
  };
  setTimeout(run, 30_000).unref();
  setInterval(run, HOUR_MS).unref();
}
