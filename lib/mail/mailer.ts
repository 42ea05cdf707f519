import "server-only";
// Optional email. With SMTP_URL set, nudges and due-soon reminders are also
// emailed; without it the app stays in-app only and sends nothing.
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "../env";

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

export async function sendMail(message: { to: string; subject: string; text: string }): Promise<void> {
  const t = transport();
  if (!t) return;
  await t.sendMail({ from: env().MAIL_FROM, ...message });
}
