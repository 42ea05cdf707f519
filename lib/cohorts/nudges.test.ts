// Nudges by email, through a real SMTP server on loopback.
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { createCohort } from "./cohorts";
import { sendNudges } from "./nudges";
import { sendDueSoonReminders } from "./reminders";

type Mail = { to: string[]; data: string };
const received: Mail[] = [];
let server: SMTPServer;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, callback) {
      let data = "";
      stream.on("data", (chunk: Buffer) => (data += chunk.toString()));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  // Read once by lib/env.ts on first use, which comes after this.
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  process.env.MAIL_FROM = "It Takes Two <course@example.org>";
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function person(role: SessionUser["role"], name: string): Promise<SessionUser> {
  const id = `${role}-${randomUUID().slice(0, 8)}`;
  const user = { id, name, email: `${id}@example.org`, role };
  await db().user.create({ data: user });
  return user;
}

describe("email, when SMTP is configured", () => {
  it("sends a nudge to each learner as well as showing it in the app", async () => {
    const facilitator = await person("facilitator", "Priya Raman");
    const learner = await person("learner", "Leo Martins");
    const cohortId = await createCohort(facilitator, { name: "Team Alpha", description: "" });
    await db().cohortMember.create({ data: { cohortId, userId: learner.id } });

    expect(await sendNudges(facilitator, cohortId, [learner.id], "Module 2 is due on Friday.")).toEqual({
      sent: 1,
      emailed: 1,
    });
    const mail = received.find((m) => m.to.includes(learner.email));
    expect(mail?.data).toContain("Subject: A reminder from Priya Raman (Team Alpha)");
    expect(mail?.data).toContain("Module 2 is due on Friday.");
    expect(mail?.data).toContain("course@example.org");
    expect((await db().nudge.findFirstOrThrow({ where: { toUserId: learner.id } })).emailedAt).not.toBeNull();
  });

  it("sends each due-soon reminder once, however often it runs", async () => {
    const facilitator = await person("facilitator", "Omar Haddad");
    const learner = await person("learner", "Mei Chen");
    const cohortId = await createCohort(facilitator, { name: "Night shift", description: "" });
    await db().cohortMember.create({ data: { cohortId, userId: learner.id } });
    const now = new Date();
    const tomorrow = new Date(now.getTime() + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    await db().assignment.create({ data: { cohortId, moduleSlug: "own-your-part", dueDate: tomorrow } });
    const first = await sendDueSoonReminders(now);
    const second = await sendDueSoonReminders(now);
    expect(first.created).toBeGreaterThanOrEqual(1);
    expect(second.created).toBe(0);
    const mails = received.filter((m) => m.to.includes(learner.email));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.data).toContain("Subject: Due soon: Own your part");
    expect(await db().nudge.count({ where: { toUserId: learner.id } })).toBe(1);
  });

  it("says the due day in the cohort's terms, naming its zone for a learner who lives elsewhere", async () => {
    const facilitator = await person("facilitator", "Omar Haddad");
    const here = await person("learner", "Ana Berlin");
    const away = await person("learner", "Kai Auckland");
    await db().user.update({ where: { id: here.id }, data: { timeZone: "Europe/Berlin" } });
    await db().user.update({ where: { id: away.id }, data: { timeZone: "Pacific/Auckland" } });
    const cohortId = await createCohort(facilitator, { name: "Berlin", description: "", timeZone: "Europe/Berlin" });
    await db().cohortMember.createMany({ data: [here, away].map((p) => ({ cohortId, userId: p.id })) });
    await db().assignment.create({ data: { cohortId, moduleSlug: "own-your-part", dueDate: "2026-12-03" } });

    // 10:00 UTC on 2 December: due by the end of Thursday, December 3 in Berlin.
    await sendDueSoonReminders(new Date("2026-12-02T10:00:00Z"));
    const text = async (id: string) => (await db().nudge.findFirstOrThrow({ where: { toUserId: id } })).message;
    expect(await text(here.id)).toContain("is due on Thursday, December 3. You have");
    expect(await text(away.id)).toContain("is due on Thursday, December 3 (end of day, Europe/Berlin time).");
    const mail = received.find((m) => m.to.includes(away.email));
    expect(mail?.data).toContain("Europe/Berlin time");
  });
});
