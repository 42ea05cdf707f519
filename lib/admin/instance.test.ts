// The admin's instance view and the test email, through a real SMTP server on loopback.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startInbox, type Inbox } from "../../tests/setup/smtp-inbox";
import type { SessionUser } from "../auth/session";
import { db, dbProvider } from "../db/client";
import { ForbiddenError } from "../errors/errors";
import { instanceSummary, sendTestEmail } from "./instance";

let inbox: Inbox;

beforeAll(async () => {
  inbox = await startInbox();
  process.env.SMTP_URL = inbox.url;
  process.env.APP_URL = "http://course.test";
});

afterAll(async () => {
  await inbox?.close();
});

async function person(id: string, role: SessionUser["role"]): Promise<SessionUser> {
  await db().user.create({ data: { id, name: `Person ${id}`, email: `${id}@example.org`, role } });
  return { id, name: `Person ${id}`, email: `${id}@example.org`, role };
}

describe("the instance view", () => {
  it("counts people by role and cohorts, and names the database and its migration", async () => {
    const admin = await person("inst-admin", "admin");
    await person("inst-l1", "learner");
    await person("inst-l2", "learner");
    const facilitator = await person("inst-f1", "facilitator");
    await db().user.update({ where: { id: "inst-l2" }, data: { disabledAt: new Date() } });
    await db().cohort.create({
      data: { name: "Night shift", inviteCode: "NIGHT-1", facilitators: { create: { userId: facilitator.id } } },
    });
    const summary = await instanceSummary(admin);
    expect(summary.people).toEqual({
      learners: await db().user.count({ where: { role: "learner" } }),
      facilitators: await db().user.count({ where: { role: "facilitator" } }),
      admins: await db().user.count({ where: { role: "admin" } }),
      disabled: await db().user.count({ where: { disabledAt: { not: null } } }),
    });
    expect(summary.people.learners).toBeGreaterThanOrEqual(2);
    expect(summary.people.disabled).toBeGreaterThanOrEqual(1);
    expect(summary.cohorts).toBe(await db().cohort.count());
    expect(summary.database.provider).toBe(dbProvider());
    // The test database is migrated to the latest: nothing pending, nothing unknown.
    expect(summary.database.migration).toMatch(/^\d{14}_\w+$/);
    expect(summary.database.pending).toBe(0);
    expect(summary.database.unknown).toBe(0);
    expect(summary.email.configured).toBe(true);
    expect(summary.backups).toMatchObject({ last: null, failedSince: null, everyMs: null, keep: 14 });

    // A good backup, then a failed one: both show, the failure because it is newer.
    await db().backupRun.create({
      data: {
        id: "b1",
        trigger: "scheduled",
        provider: dbProvider(),
        startedAt: new Date("2026-11-30T02:00:00Z"),
        finishedAt: new Date("2026-11-30T02:00:04Z"),
        file: "trust-course-2026-11-30T02-00-00-000Z.db",
        sizeBytes: 2_500_000,
        ok: true,
      },
    });
    await db().backupRun.create({
      data: {
        id: "b2",
        trigger: "manual",
        provider: dbProvider(),
        startedAt: new Date("2026-11-30T03:00:00Z"),
        finishedAt: new Date("2026-11-30T03:00:01Z"),
        ok: false,
        error: "disk full",
      },
    });
    const withBackups = (await instanceSummary(admin)).backups;
    expect(withBackups.last).toEqual({
      finishedAt: new Date("2026-11-30T02:00:04Z"),
      sizeBytes: 2_500_000,
      file: "trust-course-2026-11-30T02-00-00-000Z.db",
      trigger: "scheduled",
    });
    expect(withBackups.failedSince).toEqual({ finishedAt: new Date("2026-11-30T03:00:01Z"), error: "disk full" });

    await expect(instanceSummary(facilitator)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("sends the test email to the admin's own address and returns the mail server's answer", async () => {
    const admin = await person("inst-admin-mail", "admin");
    const answer = await sendTestEmail(admin);
    expect(answer.to).toBe(admin.email);
    expect(answer.answer).toMatch(/^250\b/);
    const mail = await inbox.next(admin.email, 0);
    expect(mail.subject).toBe("It Takes Two: test email");
    expect(mail.text).toContain("this instance can send email");

    const learner = await person("inst-learner-mail", "learner");
    await expect(sendTestEmail(learner)).rejects.toBeInstanceOf(ForbiddenError);
    expect(inbox.to(learner.email)).toHaveLength(0);
  });
});
