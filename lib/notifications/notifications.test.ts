// Notifications on a real database, and their emails through a real SMTP
// server on loopback: who is told of what, that nobody else can see or open
// it, that each goes once, and that an email kind turned off stays in the app.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { write } from "../../tests/setup/journal-entries";
import { startInbox, type Inbox } from "../../tests/setup/smtp-inbox";
import type { SessionUser } from "../auth/session";
import { createCohort, removeCoFacilitator, addCoFacilitator, setArchived } from "../cohorts/cohorts";
import { sendNudges } from "../cohorts/nudges";
import { replyToReflection } from "../cohorts/shared-reflections";
import { shareEntry, stopSharing } from "../cohorts/sharing";
import { db } from "../db/client";
import { NotFoundError } from "../errors/errors";
import { runReminders } from "../jobs/reminders";
import { scheduleLookBack } from "../lookbacks/look-backs";
import {
  markAllNotificationsRead,
  markSharedRead,
  myNotifications,
  notify,
  openNotification,
  unreadNotificationCount,
} from "./notifications";
import { emailChoices, setEmailChoices } from "./preferences";

let inbox: Inbox;

beforeAll(async () => {
  inbox = await startInbox();
  process.env.SMTP_URL = inbox.url;
  process.env.APP_URL = "http://course.test:4300";
});

afterAll(async () => {
  await inbox.close();
});

async function person(role: SessionUser["role"], name: string): Promise<SessionUser> {
  const id = `${role}-${randomUUID().slice(0, 8)}`;
  const user = { id, name, email: `${id}@example.org`, role, timeZone: "UTC" };
  await db().user.create({ data: user });
  return user;
}

/** A cohort run by `facilitator` with `learners` in it. */
async function cohortWith(facilitator: SessionUser, name: string, ...learners: SessionUser[]): Promise<string> {
  const cohortId = await createCohort(facilitator, { name, description: "" });
  for (const learner of learners) await db().cohortMember.create({ data: { cohortId, userId: learner.id } });
  return cohortId;
}

describe("notifications", () => {
  it("tell a learner of a reply, lead to it, and are read once opened; nobody else sees or opens them", async () => {
    const priya = await person("facilitator", "Priya Raman");
    const leo = await person("learner", "Leo Martins");
    const mei = await person("learner", "Mei Chen");
    const cohortId = await cohortWith(priya, "Support team", leo, mei);
    const entryId = await write(leo, "whats-your-part", "I went quiet in the meeting.");
    await shareEntry(leo, entryId, cohortId);

    await replyToReflection(priya, cohortId, entryId, "Thank you, that took courage.");
    expect(await unreadNotificationCount(leo)).toBe(1);
    const [note] = await myNotifications(leo);
    expect(note).toMatchObject({
      kind: "reply",
      text: "Priya Raman replied to your answer to “What's your part?”.",
      href: "/journal/prompt/whats-your-part",
      read: false,
    });
    const mail = inbox.to(leo.email).find((m) => m.subject === "Priya Raman replied to your answer");
    expect(mail?.text).toContain("http://course.test:4300/journal/prompt/whats-your-part");
    // The reply's text stays in the app.
    expect(mail?.text).not.toContain("took courage");

    // Another learner, and the facilitator, see nothing of Leo's and cannot open it.
    expect(await myNotifications(mei)).toEqual([]);
    await expect(openNotification(mei, note!.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(openNotification(priya, note!.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await unreadNotificationCount(leo)).toBe(1);

    expect(await openNotification(leo, note!.id)).toBe("/journal/prompt/whats-your-part");
    expect(await unreadNotificationCount(leo)).toBe(0);
    expect((await myNotifications(leo))[0]!.read).toBe(true);
    // Marking all read touches only one's own.
    await notify({
      userId: mei.id,
      kind: "nudge",
      key: `test:${randomUUID()}`,
      text: "For Mei",
      href: "/dashboard",
      about: { nudgeId: (await db().nudge.create({ data: { cohortId, toUserId: mei.id, message: "x" } })).id },
    });
    expect(await markAllNotificationsRead(leo)).toBe(0);
    expect(await unreadNotificationCount(mei)).toBe(1);
  });

  it("tell each facilitator of a newly shared answer while it stays shared with a cohort they run", async () => {
    const priya = await person("facilitator", "Priya Raman");
    const omar = await person("facilitator", "Omar Haddad");
    const leo = await person("learner", "Leo Martins");
    const cohortId = await cohortWith(priya, "Night shift", leo);
    await addCoFacilitator(priya, cohortId, omar.email);
    const entryId = await write(leo, "whats-your-part", "I blamed the rota.");

    await shareEntry(leo, entryId, cohortId);
    await shareEntry(leo, entryId, cohortId); // Again: nothing new.
    for (const facilitator of [priya, omar]) {
      const notes = await myNotifications(facilitator);
      expect(notes.map((n) => n.text)).toEqual(["Leo Martins shared an answer to “What's your part?” in Night shift."]);
      expect(notes[0]!.href).toBe(`/facilitator/cohorts/${cohortId}/reflections`);
    }
    expect(inbox.to(priya.email).filter((m) => m.subject === "New answer shared in Night shift")).toHaveLength(1);
    expect(inbox.to(priya.email)[0]!.text).not.toContain("blamed the rota");
    // The learner is not told of their own share.
    expect(await myNotifications(leo)).toEqual([]);

    // Omar no longer runs it: gone from his list. Archived: gone from Priya's.
    await removeCoFacilitator(priya, cohortId, omar.id);
    expect(await unreadNotificationCount(omar)).toBe(0);
    await setArchived(priya, cohortId, true);
    expect(await myNotifications(priya)).toEqual([]);
    await setArchived(priya, cohortId, false);
    expect(await unreadNotificationCount(priya)).toBe(1);

    // Read where it lives: the cohort's shared answers in front of her.
    await markSharedRead(priya, cohortId, [entryId]);
    expect(await unreadNotificationCount(priya)).toBe(0);

    // Withdrawn: the notification goes with the share.
    await stopSharing(leo, entryId, cohortId);
    expect(await myNotifications(priya)).toEqual([]);
    expect(await db().notification.count({ where: { shareReflectionId: entryId } })).toBe(0);
  });

  it("email each kind unless the person turned it off, and list it in the app either way", async () => {
    const priya = await person("facilitator", "Priya Raman");
    const leo = await person("learner", "Leo Martins");
    const cohortId = await cohortWith(priya, "Warehouse", leo);
    expect(await emailChoices(leo)).toEqual([
      { kind: "reply", emailed: true },
      { kind: "nudge", emailed: true },
      { kind: "due_soon", emailed: true },
      { kind: "look_back", emailed: true },
    ]);
    expect((await emailChoices(priya)).map((c) => c.kind)).toContain("shared");

    await setEmailChoices(leo, ["reply", "due_soon", "look_back"]);
    expect((await emailChoices(leo)).find((c) => c.kind === "nudge")).toEqual({ kind: "nudge", emailed: false });
    expect(await sendNudges(priya, cohortId, [leo.id], "Module 2 is due on Friday.")).toEqual({ sent: 1, emailed: 0 });
    expect(inbox.to(leo.email)).toHaveLength(0);
    expect((await myNotifications(leo)).map((n) => [n.kind, n.text])).toEqual([
      ["nudge", "A reminder from your facilitator in Warehouse: “Module 2 is due on Friday.”"],
    ]);

    // Turned back on: the next one is emailed.
    await setEmailChoices(leo, ["reply", "nudge", "due_soon", "look_back"]);
    // A second nudge within the day: confirmed, as the form asks (lib/cohorts/nudges.test.ts covers the guard).
    expect(await sendNudges(priya, cohortId, [leo.id], "See you Monday.", { confirmRepeat: true })).toEqual({
      sent: 1,
      emailed: 1,
    });
    expect(inbox.to(leo.email).map((m) => m.subject)).toEqual(["A reminder from Priya Raman (Warehouse)"]);
  });

  it("tell of a look-back on its day once, however many runs of the job, and move with it", async () => {
    const ana = await person("learner", "Ana Lima");
    const entryId = await write(ana, "whats-your-part", "I kept quiet.");
    await setEmailChoices(ana, ["reply", "nudge", "due_soon"]); // No look-back emails.
    await scheduleLookBack(ana, entryId, { day: "2026-12-14" }, new Date("2026-11-30T12:00:00Z"));
    const lookBack = await db().lookBack.findFirstOrThrow({ where: { userId: ana.id } });

    await runReminders(new Date("2026-12-13T23:00:00Z"));
    expect(await myNotifications(ana)).toEqual([]);
    const on = new Date("2026-12-14T08:00:00Z");
    await Promise.all([runReminders(on), runReminders(on), runReminders(on)]);
    const notes = await myNotifications(ana);
    expect(notes).toMatchObject([
      {
        kind: "look_back",
        text: "Time to look back at your answer to “What's your part?”.",
        href: `/journal/look-back/${lookBack.id}`,
      },
    ]);
    // Opted out of look-back emails: none went, and it is still listed.
    expect(inbox.to(ana.email)).toHaveLength(0);

    // Moved to a later day: the old notice goes, and the new day brings a new one.
    await scheduleLookBack(ana, entryId, { day: "2026-12-21" }, on);
    expect(await myNotifications(ana)).toEqual([]);
    await runReminders(new Date("2026-12-21T09:00:00Z"));
    expect(await unreadNotificationCount(ana)).toBe(1);
  });

  it("make one notification per key, however many try at once", async () => {
    const ana = await person("learner", "Ana Lima");
    const cohortOwner = await person("facilitator", "Owner");
    const cohortId = await cohortWith(cohortOwner, "Keys", ana);
    const { id: nudgeId } = await db().nudge.create({ data: { cohortId, toUserId: ana.id, message: "Hi" } });
    const key = `test:${randomUUID()}`;
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        notify({ userId: ana.id, kind: "nudge", key, text: "Hi", href: "/dashboard", about: { nudgeId } }),
      ),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db().notification.count({ where: { key } })).toBe(1);
  });
});
