import "server-only";
// Optional email. With SMTP_URL set, nudges and due-soon reminders are also
// emailed, and accounts can be recovered and moved by email; without it the
// app stays in-app only and sends nothing.
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "../env";
import { log } from "../log/logger";
import { countEmail } from "../ops/metrics";

let transporter: Transporter | null | undefined;

export function mailConfigured(): boolean {
  return Boolean(env().SMTP_URL);
}

function transport(): Transporter | null {
  if (transporter === undefined) {
    const url = env().SMTP_URL;
    transporter = url ? nodemailer.createTransport(url) : null;
  }
  return transporter;
}

/** Sends one message; returns what the mail server answered (e.g. "250 OK queued"), or null when email is off. */
export async function sendMail(message: { to: string; subject: string; text: string }): Promise<string | null> {
  const t = transport();
  if (!t) return null;
  let info: { response?: unknown };
  try {
    info = await t.sendMail({ from: env().MAIL_FROM, ...message });
  } catch (error) {
    countEmail("failed");
    throw error;
  }
  countEmail("sent");
  return typeof info.response === "string" ? info.response : "accepted";
}

/**
 * Sends without making the caller wait. For account emails whose page must
 * answer the same, and as fast, whether or not an email goes out (a reset
 * request for an unknown address sends nothing). A failure is logged; the
 * person can ask again.
 */
export function sendMailInBackground(message: { to: string; subject: string; text: string }, event: string): void {
  sendMail(message).catch((error: unknown) => log.error("mail.failed", { event, error }));
}

/** Waits for a task better-auth hands over, so its failure is logged rather than lost. */
export function runInBackground(task: Promise<unknown>): void {
  task.catch((error: unknown) => log.error("auth.background-task.failed", { error }));
}

/** Who the emails come from, for the admin's instance view. */
export function mailFrom(): string {
  return env().MAIL_FROM;
}
