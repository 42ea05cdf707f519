// Next.js calls register() once when a server instance starts. The
// environment is parsed there, so a wrong value stops the instance before it
// serves anything (scripts/serve.ts has already checked it for npm start and
// npm run dev; this covers Next.js's own server as well). Each instance then
// runs the reminders job every quarter of an hour (notifications for due-soon
// assignments and look-backs whose day has come, and their emails when SMTP
// is set), unless REMINDERS_JOB=off; lib/jobs/reminders.ts keeps several
// instances from doing anything twice.
const EVERY_MS = 15 * 60 * 1000;

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  if (env().REMINDERS_JOB === "off") return;
  const { runReminders } = await import("./lib/jobs/reminders");
  const { log } = await import("./lib/log/logger");
  const run = () => {
    runReminders()
      .then((result) => log.info("reminders.sent", result))
      .catch((error: unknown) => log.warn("reminders.failed", { error }));
  };
  // The job's log lines belong to no request, even if Next.js calls register() while serving one.
  const { outsideRequest } = await import("./lib/log/request-context");
  outsideRequest(() => {
    setTimeout(run, 30_000).unref();
    setInterval(run, EVERY_MS).unref();
  });
}
