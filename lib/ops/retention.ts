// How long a deleted account can live on in backups, in words, for the
// account-deletion page: at most BACKUP_KEEP backup periods. Pure, so the
// page and its test read the same sentence.
const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

/** "14 days", "36 hours", "90 minutes": rounded up, never shorter than the truth. */
export function formatPeriod(ms: number): string {
  if (ms >= 2 * DAY) return plural(Math.ceil(ms / DAY), "day");
  if (ms >= 2 * HOUR) return plural(Math.ceil(ms / HOUR), "hour");
  return plural(Math.ceil(ms / MINUTE), "minute");
}

/** The one sentence the account-deletion page says about backups. */
export function backupRetentionSentence(settings: { keep: number; everyMs: number | null }): string {
  const until =
    settings.everyMs === null
      ? `until ${settings.keep === 1 ? "a newer backup has" : `${settings.keep} newer backups have`} replaced it`
      : `for up to ${formatPeriod(settings.keep * settings.everyMs)}, until newer backups replace it`;
  return `The site’s backups, which are used only to recover the whole site after a failure, may keep a copy of your account ${until}.`;
}
