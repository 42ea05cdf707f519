// The reminders job and the mailer count what they do for /api/metrics: a
// real run of the job against this file's database, and real emails through
// an SMTP server on loopback, then to a port where nothing listens any more.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startInbox, type Inbox } from "../../tests/setup/smtp-inbox";
import { sendMail } from "../mail/mailer";
import { renderMetrics } from "../ops/metrics";
import { runReminders } from "./reminders";

let inbox: Inbox;

beforeAll(async () => {
  inbox = await startInbox();
  process.env.SMTP_URL = inbox.url;
  process.env.APP_URL = "http://course.test:4300";
});

afterAll(async () => {
  await inbox.close().catch(() => undefined);
});

async function sample(series: string): Promise<number> {
  const line = (await renderMetrics()).body.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? Number.NaN : Number(line.slice(series.length + 1));
}

describe("job and email metrics", () => {
  it("counts each part of a reminders run as a run of its own", async () => {
    await runReminders();
    await runReminders();
    expect(await sample('itt_job_runs_total{job="reminders",outcome="ok"}')).toBe(2);
    expect(await sample('itt_job_runs_total{job="look-backs",outcome="ok"}')).toBe(2);
    expect(await sample('itt_job_runs_total{job="reminders",outcome="failed"}')).toBe(0);
  });

  it("counts an email the SMTP server took as sent, and one it never got as failed", async () => {
    await sendMail({ to: "someone@example.org", subject: "Hello", text: "A test." });
    expect(inbox.to("someone@example.org")).toHaveLength(1);
    expect(await sample('itt_emails_total{outcome="sent"}')).toBe(1);
    expect(await sample('itt_emails_total{outcome="failed"}')).toBe(0);

    await inbox.close();
    await expect(sendMail({ to: "someone@example.org", subject: "Again", text: "A test." })).rejects.toThrow();
    expect(await sample('itt_emails_total{outcome="sent"}')).toBe(1);
    expect(await sample('itt_emails_total{outcome="failed"}')).toBe(1);
  });
});
