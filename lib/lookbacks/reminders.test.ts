// The look-back email, through a real SMTP server on loopback: sent once on
// its day, whatever runs the job and however many run it at once.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startInbox, type Inbox } from "../../tests/setup/smtp-inbox";
import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { runReminders } from "../jobs/reminders";
import { completeLookBack, scheduleLookBack } from "./look-backs";

const APP_URL = "http://course.test:4300";
let inbox: Inbox;

beforeAll(async () => {
  inbox = await startInbox();
  process.env.SMTP_URL = inbox.url;
  process.env.APP_URL = APP_URL;
});

afterAll(async () => {
  await inbox.close();
});

async function learner(name: string): Promise<SessionUser> {
  const id = randomUUID();
  const user = { id, name, email: `${id}@example.org`, role: "learner" as const, timeZone: "Europe/Berlin" };
  await db().user.create({ data: user });
  return user;
}

async function answer(person: SessionUser, body: string): Promise<string> {
  const id = randomUUID();
  await db().reflection.create({
    data: {
      id,
      userId: person.id,
      promptId: "whats-your-part",
      lessonKey: "check-yourself-first/whats-your-part",
      promptText: "What's your part?",
      body,
      createdAt: new Date("2026-11-02T09:30:00Z"),
    },
  });
  return id;
}

describe("the look-back email", () => {
  it("goes once, on its day in the learner's zone, even with several runs at once", async () => {
    const mia = await learner("Mia Okafor");
    const entry = await answer(mia, "I kept quiet.");
    const setOn = new Date("2026-11-30T12:00:00Z");
    await scheduleLookBack(mia, entry, { day: "2026-12-07" }, setOn);
    const { id } = await db().lookBack.findFirstOrThrow({ where: { userId: mia.id } });

    // 22:59 UTC on 6 December is still the 6th in Berlin: not yet.
    await runReminders(new Date("2026-12-06T22:59:00Z"));
    expect(inbox.to(mia.email)).toHaveLength(0);

    // Just after midnight in Berlin: three runs at once, one email.
    const on = new Date("2026-12-06T23:01:00Z");
    const runs = await Promise.all([runReminders(on), runReminders(on), runReminders(on)]);
    expect(runs.reduce((n, r) => n + r.lookBacks.emailed, 0)).toBe(1);
    await runReminders(new Date("2026-12-08T10:00:00Z"));
    const mails = inbox.to(mia.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("Time to look back: What's your part?");
    expect(mails[0]!.text).toContain("On November 2, 2026 you answered “What's your part?”");
    expect(mails[0]!.text).toContain(`${APP_URL}/journal/look-back/${id}`);
    expect((await db().lookBack.findUniqueOrThrow({ where: { id } })).emailedAt).toEqual(on);
  });

  it("is not sent for a look-back already done, nor to a disabled account", async () => {
    const ned = await learner("Ned Ruiz");
    const done = await answer(ned, "Done already.");
    await scheduleLookBack(ned, done, { weeks: 1 }, new Date("2026-11-30T12:00:00Z"));
    const lookBack = await db().lookBack.findFirstOrThrow({ where: { userId: ned.id } });
    const later = new Date("2026-12-09T12:00:00Z");
    await completeLookBack(ned, lookBack.id, { body: "Answered again.", changeNote: "" }, later);

    const off = await learner("Off Account");
    const offEntry = await answer(off, "Never mind.");
    await scheduleLookBack(off, offEntry, { weeks: 1 }, new Date("2026-11-30T12:00:00Z"));
    await db().user.update({ where: { id: off.id }, data: { disabledAt: new Date() } });

    await runReminders(later);
    expect(inbox.to(ned.email)).toHaveLength(0);
    expect(inbox.to(off.email)).toHaveLength(0);
  });
});
