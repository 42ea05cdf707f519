// Nudges by email, through a real SMTP server on loopback.
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { createCohort } from "./cohorts";
import { markNudgesRead, nudgeHistory, sendNudges } from "./nudges";
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

describe("nudges with memory", () => {
  it("asks before nudging the same learner again within 24 hours, and keeps a history with who read what", async () => {
    const facilitator = await person("facilitator", "Priya Raman");
    const outsider = await person("facilitator", "Omar Said");
    const ben = await person("learner", "Ben Okafor");
    const cai = await person("learner", "Cai Jun");
    const cohortId = await createCohort(facilitator, { name: "Team Beta", description: "" });
    await db().cohortMember.createMany({ data: [ben, cai].map((l) => ({ cohortId, userId: l.id })) });
    const monday = new Date("2026-12-07T09:00:00Z");
    await sendNudges(facilitator, cohortId, [ben.id], "First nudge.", { now: monday });

    // Ben again three hours later: refused, nothing sent, the field says why.
    const later = new Date("2026-12-07T12:00:00Z");
    const refused = sendNudges(facilitator, cohortId, [ben.id, cai.id], "Second nudge.", { now: later });
    await expect(refused).rejects.toMatchObject({ field: "confirmRepeat" });
    await expect(refused).rejects.toThrow(/Ben Okafor \(3 hours ago\) already had a nudge/);
    expect(await db().nudge.count({ where: { cohortId } })).toBe(1);
    // Confirmed, it goes to both; a day later no confirmation is needed.
    await sendNudges(facilitator, cohortId, [ben.id, cai.id], "Second nudge.", { now: later, confirmRepeat: true });
    const tuesday = new Date("2026-12-08T12:00:01Z");
    await sendNudges(facilitator, cohortId, [ben.id], "Third nudge.", { now: tuesday, confirmRepeat: false });

    // Ben saw his on the dashboard; Cai has not looked yet.
    const bens = await db().nudge.findMany({ where: { toUserId: ben.id }, select: { id: true } });
    await markNudgesRead(
      ben,
      bens.map((n) => n.id),
    );
    // Marking someone else's nudges read does nothing.
    const cais = await db().nudge.findMany({ where: { toUserId: cai.id }, select: { id: true } });
    await markNudgesRead(
      ben,
      cais.map((n) => n.id),
    );

    const history = await nudgeHistory(facilitator, cohortId);
    expect(history.map((n) => [n.toName, n.message, n.fromName, n.readAt !== null])).toEqual([
      ["Ben Okafor", "Third nudge.", "Priya Raman", true],
      // Same moment: newest id first, which is either order; compare as a set below.
      ...history.slice(1, 3).map((n) => [n.toName, "Second nudge.", "Priya Raman", n.toName === "Ben Okafor"]),
      ["Ben Okafor", "First nudge.", "Priya Raman", true],
    ]);
    expect(
      history
        .slice(1, 3)
        .map((n) => n.toName)
        .sort(),
    ).toEqual(["Ben Okafor", "Cai Jun"]);
    expect((await nudgeHistory(facilitator, cohortId, { learnerId: cai.id })).map((n) => n.message)).toEqual([
      "Second nudge.",
    ]);
    // Their notifications are read too.
    expect(await db().notification.count({ where: { userId: ben.id, readAt: null } })).toBe(0);
    expect(await db().notification.count({ where: { userId: cai.id, readAt: null } })).toBe(1);
    // Another facilitator sees nothing of it.
    await expect(nudgeHistory(outsider, cohortId)).rejects.toMatchObject({ kind: "not-found" });
  });
});
