import type { InstanceSummary } from "@/lib/admin/instance";
import { formatDateTime } from "@/lib/time/format";
import { TestEmailForm } from "./test-email-form";

const PROVIDER_NAMES = { sqlite: "SQLite (one file on this machine)", postgresql: "PostgreSQL" } as const;

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div className="flex flex-col">
      <dt className="text-sm text-ink-muted">{label}</dt>
      <dd className="m-0 text-2xl font-semibold tabular-nums">{value.toLocaleString("en")}</dd>
    </div>
  );
}

function Card({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="flex flex-col gap-3 rounded-lg border border-border bg-surface p-4">
      <h3 className="m-0 text-lg font-semibold">{title}</h3>
      {children}
    </section>
  );
}

function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("en")} KB`;
  return `${(bytes / (1024 * 1024)).toLocaleString("en", { maximumFractionDigits: 1 })} MB`;
}

function every(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes % (24 * 60) === 0) return minutes === 24 * 60 ? "every day" : `every ${minutes / (24 * 60)} days`;
  if (minutes % 60 === 0) return minutes === 60 ? "every hour" : `every ${minutes / 60} hours`;
  return `every ${minutes} minutes`;
}

/** Counts, the database, backups and email, at a glance. */
export function InstancePanel({
  instance,
  adminEmail,
  timeZone,
}: {
  instance: InstanceSummary;
  adminEmail: string;
  timeZone?: string | null;
}) {
  const { people, database, email, backups } = instance;
  const zone = timeZone ?? undefined;
  return (
    <section aria-labelledby="instance-heading" className="flex flex-col gap-4">
      <h2 id="instance-heading" className="m-0 text-2xl font-semibold">
        This instance
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <Card title="People and cohorts">
          <dl className="m-0 grid grid-cols-2 gap-3">
            <Figure label="Learners" value={people.learners} />
            <Figure label="Facilitators" value={people.facilitators} />
            <Figure label="Admins" value={people.admins} />
            <Figure label="Cohorts" value={instance.cohorts} />
          </dl>
          {people.disabled > 0 ? (
            <p className="m-0 text-sm text-ink-muted">
              {people.disabled.toLocaleString("en")} {people.disabled === 1 ? "account is" : "accounts are"} disabled.
            </p>
          ) : null}
        </Card>
        <Card title="Database">
          <dl className="m-0 flex flex-col gap-2 text-sm">
            <div>
              <dt className="text-ink-muted">Kind</dt>
              <dd className="m-0">{PROVIDER_NAMES[database.provider]}</dd>
            </div>
            <div>
              <dt className="text-ink-muted">Instances running now</dt>
              <dd className="m-0">{instance.instances.toLocaleString("en")}</dd>
            </div>
            <div>
              <dt className="text-ink-muted">Migration</dt>
              <dd className="m-0 [overflow-wrap:anywhere]">
                {database.migration ?? "None"}{" "}
                <span className="text-ink-muted">
                  ({database.applied} applied
                  {database.pending > 0 ? `, ${database.pending} waiting for the next start` : ", up to date"})
                </span>
              </dd>
            </div>
          </dl>
          {database.unknown > 0 ? (
            <p className="m-0 text-sm text-danger">
              The database holds {database.unknown} migration(s) this version doesn’t know: a newer version has run on
              it. Upgrade this instance.
            </p>
          ) : null}
        </Card>
        <Card title="Backups">
          {backups.last ? (
            <dl className="m-0 flex flex-col gap-2 text-sm">
              <div>
                <dt className="text-ink-muted">Last backup</dt>
                <dd className="m-0">
                  {formatDateTime(backups.last.finishedAt, zone)} ({backups.last.trigger}),{" "}
                  {size(backups.last.sizeBytes)}
                </dd>
              </div>
              <div>
                <dt className="text-ink-muted">File</dt>
                <dd className="m-0 [overflow-wrap:anywhere]">{backups.last.file}</dd>
              </div>
            </dl>
          ) : (
            <p className="m-0 text-sm">
              No backup yet. Run <code>npm run backup</code> on the server, or set <code>BACKUP_EVERY</code> (such as{" "}
              <code>24h</code>) so the app takes them itself.
            </p>
          )}
          {backups.failedSince ? (
            <p className="m-0 text-sm text-danger">
              The latest backup failed ({formatDateTime(backups.failedSince.finishedAt, zone)}):{" "}
              {backups.failedSince.error ?? "no reason was recorded"}.
            </p>
          ) : null}
          <p className="m-0 text-sm text-ink-muted">
            {backups.everyMs
              ? `The app takes one ${every(backups.everyMs)} and keeps the newest ${backups.keep}.`
              : `No schedule: backups are taken only by hand. The newest ${backups.keep} are kept.`}
          </p>
        </Card>
        <Card title="Email">
          {email.configured ? (
            <>
              <p className="m-0 text-sm">
                Set up. Emails come from <span className="[overflow-wrap:anywhere]">{email.from}</span>. Send one to
                yourself ({adminEmail}) to check the mail server takes it.
              </p>
              <TestEmailForm to={adminEmail} />
            </>
          ) : (
            <p className="m-0 text-sm">
              Not set up: the app sends no email. Reminders stay in the app, and people who forget their password need a
              reset link from you. To turn email on, set <code>SMTP_URL</code> and <code>MAIL_FROM</code> and restart.
            </p>
          )}
        </Card>
      </div>
    </section>
  );
}
