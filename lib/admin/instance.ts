import "server-only";
// The admin's view of the instance: who uses it, which database and migration
// it runs on, and whether email works. Admins only, checked here.
import type { SessionUser } from "../auth/session";
import { db, dbProvider, type DbProvider } from "../db/client";
import { RuleError } from "../errors/errors";
import { log } from "../log/logger";
import { mailConfigured, mailFrom, sendMail } from "../mail/mailer";
import { env } from "../env";
import { lastBackup, type LastBackup } from "../ops/backups";
import { runningInstances } from "../ops/heartbeat";
import { schemaStatus } from "../ops/schema-status";
import { assertAdmin } from "./accounts";

export type InstanceSummary = {
  people: { learners: number; facilitators: number; admins: number; disabled: number };
  cohorts: number;
  database: {
    provider: DbProvider;
    /** The newest migration applied, and how many are applied, pending, or unknown to this code. */
    migration: string | null;
    applied: number;
    pending: number;
    unknown: number;
  };
  email: { configured: boolean; from: string | null };
  backups: {
    /** The newest backup that worked. */
    last: LastBackup | null;
    /** The newest failed one, when it is newer than the last good one. */
    failedSince: { finishedAt: Date; error: string | null } | null;
    /** BACKUP_EVERY in ms, or null when the app takes none by itself. */
    everyMs: number | null;
    keep: number;
  };
  /** Instances that wrote a heartbeat in the last 75 seconds. */
  instances: number;
};

export async function instanceSummary(actor: SessionUser): Promise<InstanceSummary> {
  assertAdmin(actor);
  const client = db();
  const provider = dbProvider();
  const [learners, facilitators, admins, disabled, cohorts, schema, last, lastFailed, instances] = await Promise.all([
    client.user.count({ where: { role: "learner" } }),
    client.user.count({ where: { role: "facilitator" } }),
    client.user.count({ where: { role: "admin" } }),
    client.user.count({ where: { disabledAt: { not: null } } }),
    client.cohort.count(),
    schemaStatus(client, provider),
    lastBackup(client),
    client.backupRun.findFirst({
      where: { ok: false },
      orderBy: { finishedAt: "desc" },
      select: { finishedAt: true, error: true },
    }),
    runningInstances(client),
  ]);
  const config = env();
  return {
    people: { learners, facilitators, admins, disabled },
    cohorts,
    database: {
      provider,
      migration: schema.latest,
      applied: schema.applied.length,
      pending: schema.pending.length,
      unknown: schema.unknown.length,
    },
    email: { configured: mailConfigured(), from: mailConfigured() ? mailFrom() : null },
    backups: {
      last,
      failedSince: lastFailed && (!last || lastFailed.finishedAt > last.finishedAt) ? lastFailed : null,
      everyMs: config.backupEveryMs,
      keep: config.BACKUP_KEEP,
    },
    instances: instances.length,
  };
}

/**
 * Sends a short test email to the admin's own address and returns the mail
 * server's answer. Refusals and failures come back as a RuleError whose
 * message says what happened, in words an admin can act on.
 */
export async function sendTestEmail(actor: SessionUser): Promise<{ to: string; answer: string }> {
  assertAdmin(actor);
  if (!mailConfigured()) {
    throw new RuleError(
      "Email isn’t set up on this instance. Set SMTP_URL (and MAIL_FROM) in the environment and restart it.",
    );
  }
  try {
    const answer =
      (await sendMail({
        to: actor.email,
        subject: "It Takes Two: test email",
        text: `Hello ${actor.name},\n\nThis is the test email you asked for on the admin page. If you can read it, this instance can send email: password resets, invitations and reminders will reach people.\n\nIt Takes Two`,
      })) ?? "accepted";
    log.info("mail.test.sent", { answer });
    return { to: actor.email, answer };
  } catch (error) {
    log.warn("mail.test.failed", { error });
    const reason = error instanceof Error ? error.message : String(error);
    throw new RuleError(`The test email could not be sent. The mail server said: ${reason.slice(0, 300)}`);
  }
}
