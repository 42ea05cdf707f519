import "server-only";
// The one reminders job: notifications (and emails) for due-soon assignments
// and look-backs whose day has come. Each part is idempotent (a unique key, or a claim before sending), so
// the hourly run of every instance and `npm run reminders` can overlap.
import { sendDueSoonReminders } from "../cohorts/reminders";
import { notifyDueLookBacks } from "../lookbacks/reminders";
import { countedJob } from "../ops/metrics";
import { currentTime } from "../time/clock";

export type RemindersRun = {
  dueSoon: { created: number; emailed: number };
  lookBacks: { notified: number; emailed: number };
};

export async function runReminders(now = currentTime()): Promise<RemindersRun> {
  // Each part is counted for /api/metrics as a run of its own: "reminders"
  // (due-soon assignments) and "look-backs".
  const dueSoon = await countedJob("reminders", () => sendDueSoonReminders(now));
  const lookBacks = await countedJob("look-backs", () => notifyDueLookBacks(now));
  return { dueSoon, lookBacks };
}
