// Personal invitations, against a real database and a real SMTP server on
// loopback that refuses one address (so a failed send can be seen): reading
// the pasted list, sending, per-line refusals, once-only acceptance under a
// race, revoking, expiry on an injected clock, and that nobody but the
// cohort's facilitators can list, resend or revoke.
import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseMail, type ReceivedMail } from "../../tests/setup/smtp-inbox";
import { hashLinkToken } from "../auth/link-tokens";
import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { NotFoundError, RuleError } from "../errors/errors";
import { createCohort, setArchived } from "./cohorts";
import { parseAddressList } from "./invitation-addresses";
import {
  acceptInvitation,
  invitationInfo,
  inviteByEmail,
  listInvitations,
  resendInvitation,
  revokeInvitation,
  type InvitationDays,
} from "./invitations";
import { INVITE_ARCHIVED_MESSAGE } from "./membership";

const ORIGIN = "http://course.test:4100";
const DAY = 86_400_000;
const received: ReceivedMail[] = [];
let server: SMTPServer;
/** Connections to the mail server open now, and the most open at once since `widest` was last reset. */
let open = 0;
let widest = 0;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onConnect(_session, callback) {
      open += 1;
      widest = Math.max(widest, open);
      callback();
    },
    onClose() {
      open -= 1;
    },
    // One address bounces, so a failed send can be seen.
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith("bounce")) callback(new Error("550 No such mailbox"));
      else callback();
    },
    onData(stream, session, callback) {
      let data = "";
      stream.on("data", (chunk: Buffer) => (data += chunk.toString("latin1")));
      stream.on("end", () => {
        const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
        received.push(parseMail(data, to));
        // A slow mail server, for addresses that ask for one.
        if (to.some((address) => address.startsWith("slow"))) setTimeout(() => callback(), 150);
        else callback();
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

async function cohortOf(facilitator: SessionUser, name = "Team Alpha"): Promise<string> {
  return createCohort(facilitator, { name, description: "" });
}

const unique = (local: string) => `${local}-${randomUUID().slice(0, 6)}@example.org`;
const mailsTo = (email: string) => received.filter((m) => m.to.includes(email));
const tokenIn = (mail: ReceivedMail) => /\/invite\/([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1] ?? "";

function invite(
  facilitator: SessionUser,
  cohortId: string,
  emails: string[],
  options: { days?: InvitationDays; now?: Date } = {},
) {
  return inviteByEmail(
    facilitator,
    cohortId,
    { addresses: emails.map((email, i) => ({ line: i + 1, email })), days: options.days ?? 14, origin: ORIGIN },
    options.now,
  );
}

describe("reading a pasted list", () => {
  it("takes addresses by line, comma or semicolon, from display names too, lower-cased", () => {
    const list = parseAddressList(
      [
        "ana@example.org",
        "Ben Okafor <Ben@Example.org>, cy@example.org; ",
        '"Díaz, Dee" <dee@example.org>',
        "",
        "  <eve@example.org>  ",
      ].join("\r\n"),
    );
    expect(list.addresses).toEqual([
      { line: 1, email: "ana@example.org" },
      { line: 2, email: "ben@example.org" },
      { line: 2, email: "cy@example.org" },
      { line: 3, email: "dee@example.org" },
      { line: 5, email: "eve@example.org" },
    ]);
    expect(list.problems).toEqual([]);
  });

  it("reports junk, duplicates and over-long entries by line, keeping the good ones", () => {
    const list = parseAddressList(
      [
        "ana@example.org",
        "not an address",
        "ANA@example.org",
        "bob@",
        `${"x".repeat(400)}@example.org`,
        "ok@x.org",
      ].join("\n"),
    );
    expect(list.addresses.map((a) => a.email)).toEqual(["ana@example.org", "ok@x.org"]);
    expect(list.problems.map((p) => [p.line, p.message])).toEqual([
      [2, "This isn’t an email address we can send to."],
      [3, "This address is also on line 1."],
      [4, "This isn’t an email address we can send to."],
      [5, "This is too long to be an email address."],
    ]);
    // A long entry is shortened in the message but kept whole to put back in the box.
    expect(list.problems[3]!.text.length).toBeLessThanOrEqual(60);
    expect(list.problems[3]!.raw).toHaveLength(412);
  });
});

describe("inviting by email", () => {
  it("emails each address a link of its own, naming the cohort and the facilitator, and keeps only its hash", async () => {
    const priya = await person("facilitator", "Priya Raman");
    const cohortId = await cohortOf(priya, "Team North");
    const [ana, ben] = [unique("ana"), unique("ben")];
    const now = new Date("2026-12-01T10:00:00Z");
    const result = await invite(priya, cohortId, [ana, ben], { days: 7, now });
    expect(result.invited.map((i) => [i.email, i.emailed, i.link])).toEqual([
      [ana, true, null],
      [ben, true, null],
    ]);
    const [mail] = mailsTo(ana);
    expect(mail?.subject).toBe("Priya Raman invites you to join Team North");
    expect(mail?.text).toContain("Priya Raman has invited you to join Team North");
    expect(mail?.text).toContain(`${ORIGIN}/invite/`);
    expect(mail?.text).toContain("December 8, 2026");
    const token = tokenIn(mail!);
    expect(tokenIn(mailsTo(ben)[0]!)).not.toBe(token);
    const row = await db().invitation.findFirstOrThrow({ where: { cohortId, email: ana } });
    expect(row).toMatchObject({
      tokenHash: hashLinkToken(token),
      invitedById: priya.id,
      expiresAt: new Date(now.getTime() + 7 * DAY),
      lastSentAt: now,
      acceptedAt: null,
      revokedAt: null,
    });
    expect(JSON.stringify(row)).not.toContain(token);
    expect((await listInvitations(priya, cohortId, now)).map((i) => [i.email, i.status]).sort()).toEqual(
      [
        [ana, "pending"],
        [ben, "pending"],
      ].sort(),
    );
  });

  it("reports members and open invitations per line, and still invites the rest", async () => {
    const priya = await person("facilitator", "Priya Raman");
    const cohortId = await cohortOf(priya);
    const member = await person("learner", "Mia Member");
    await db().cohortMember.create({ data: { cohortId, userId: member.id } });
    const already = unique("already");
    await invite(priya, cohortId, [already]);
    const fresh = unique("fresh");
    const result = await invite(priya, cohortId, [member.email, already, fresh]);
    expect(result.invited.map((i) => i.email)).toEqual([fresh]);
    expect(result.problems.map((p) => [p.line, p.message])).toEqual([
      [1, "This person is already in the cohort."],
      [2, "Already invited: use Resend in the list below to send a new link."],
    ]);
    expect(await db().invitation.count({ where: { cohortId, email: already } })).toBe(1);
  });

  it("keeps an invitation whose email failed, as not sent, for Resend", async () => {
    const priya = await person("facilitator", "Priya Raman");
    const cohortId = await cohortOf(priya);
    const bounce = unique("bounce");
    const fine = unique("fine");
    const result = await invite(priya, cohortId, [bounce, fine]);
    expect(result.failed.map((f) => f.email)).toEqual([bounce]);
    expect(result.invited.map((f) => f.email)).toEqual([fine]);
    const listed = await listInvitations(priya, cohortId);
    expect(listed.find((i) => i.email === bounce)?.status).toBe("not-sent");
    const id = listed.find((i) => i.email === fine)!.id;
    const before = mailsTo(fine).length;
    expect(await resendInvitation(priya, cohortId, id, ORIGIN)).toMatchObject({ email: fine, emailed: true });
    const [first, second] = mailsTo(fine).slice(before - 1);
    expect(tokenIn(second!)).not.toBe(tokenIn(first!));
    // The old link stopped working; the new one works.
    expect((await invitationInfo(tokenIn(first!))).status).toBe("invalid");
    expect((await invitationInfo(tokenIn(second!))).status).toBe("open");
  });

  it("sends a long list a few at a time, and reports every address in the order it was pasted", async () => {
    const priya = await person("facilitator", "Priya Raman");
    const cohortId = await cohortOf(priya);
    const emails = Array.from({ length: 12 }, (_, i) => unique(i === 5 ? "bounce" : `slow${i}`));
    widest = 0;
    const result = await invite(priya, cohortId, emails);
    expect(result.failed.map((f) => f.email)).toEqual([emails[5]]);
    expect(result.invited.map((f) => f.email)).toEqual(emails.filter((_, i) => i !== 5));
    expect(result.invited.map((f) => f.line)).toEqual([1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12]);
    for (const email of emails.filter((_, i) => i !== 5)) expect(mailsTo(email)).toHaveLength(1);
    // Several connections at once, never more than four.
    expect(widest).toBeGreaterThan(1);
    expect(widest).toBeLessThanOrEqual(4);
    const listed = await listInvitations(priya, cohortId);
    expect(listed.filter((i) => i.status === "not-sent").map((i) => i.email)).toEqual([emails[5]]);
  });

  it("refuses an archived cohort", async () => {
    const priya = await person("facilitator", "Priya Raman");
    const cohortId = await cohortOf(priya);
    await setArchived(priya, cohortId, true);
    await expect(invite(priya, cohortId, [unique("x")])).rejects.toBeInstanceOf(RuleError);
  });
});

describe("accepting", () => {
  async function invited(email = unique("invitee"), now?: Date) {
    const priya = await person("facilitator", "Priya Raman");
    const cohortId = await cohortOf(priya);
    const before = mailsTo(email).length;
    await invite(priya, cohortId, [email], { now });
    const token = tokenIn(mailsTo(email)[before]!);
    return { priya, cohortId, token, email };
  }

  it("joins once, whichever account holds the link; of two at once, one wins", async () => {
    const { priya, cohortId, token } = await invited();
    const [ana, ben] = [await person("learner", "Ana"), await person("learner", "Ben")];
    const results = await Promise.allSettled([acceptInvitation(ana, token), acceptInvitation(ben, token)]);
    const joined = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r) => r.status === "rejected");
    expect(joined).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason).toBeInstanceOf(RuleError);
    expect(String((refused[0] as PromiseRejectedResult).reason)).toMatch(/already been used/);
    expect(await db().cohortMember.count({ where: { cohortId } })).toBe(1);
    const listed = await listInvitations(priya, cohortId);
    expect(listed[0]).toMatchObject({ status: "accepted" });
    expect(["Ana", "Ben"]).toContain(listed[0]!.acceptedBy);
    expect((await invitationInfo(token)).status).toBe("used");
    // Used, it lets nobody else in, even someone else later.
    await expect(acceptInvitation(await person("learner", "Cy"), token)).rejects.toThrow(/already been used/);
  });

  it("clears what the learner shared with the cohort before joining", async () => {
    const { cohortId, token } = await invited();
    const ana = await person("learner", "Ana");
    const reflectionId = randomUUID();
    await db().reflection.create({
      data: { id: reflectionId, userId: ana.id, promptId: "p", lessonKey: "m/l", promptText: "?", body: "Mine" },
    });
    // Left behind by a race with leaving, before this join.
    await db().reflectionShare.create({ data: { reflectionId, cohortId } });
    expect(await acceptInvitation(ana, token)).toMatchObject({ status: "joined", cohortId });
    expect(await db().reflectionShare.count({ where: { reflectionId } })).toBe(0);
  });

  it("counts as used for someone already in the cohort", async () => {
    const { cohortId, token } = await invited();
    const ana = await person("learner", "Ana");
    await db().cohortMember.create({ data: { cohortId, userId: ana.id } });
    expect(await acceptInvitation(ana, token)).toMatchObject({ status: "already-member" });
    expect((await invitationInfo(token)).status).toBe("used");
  });

  it("refuses revoked, unknown, expired and archived links, and joins nothing", async () => {
    const ana = await person("learner", "Ana");
    const revoked = await invited();
    const [row] = await listInvitations(revoked.priya, revoked.cohortId);
    expect(await revokeInvitation(revoked.priya, revoked.cohortId, row!.id)).toBe(revoked.email);
    await expect(acceptInvitation(ana, revoked.token)).rejects.toThrow(/isn't valid any more/);
    expect(await listInvitations(revoked.priya, revoked.cohortId)).toEqual([]);
    await expect(revokeInvitation(revoked.priya, revoked.cohortId, row!.id)).rejects.toBeInstanceOf(NotFoundError);

    await expect(acceptInvitation(ana, "a".repeat(43))).rejects.toThrow(/isn't valid any more/);
    await expect(acceptInvitation(ana, "not a token")).rejects.toThrow(/isn't valid any more/);

    const archived = await invited();
    await setArchived(archived.priya, archived.cohortId, true);
    expect(await invitationInfo(archived.token)).toEqual({ status: "archived", message: INVITE_ARCHIVED_MESSAGE });
    await expect(acceptInvitation(ana, archived.token)).rejects.toThrow(INVITE_ARCHIVED_MESSAGE);

    for (const cohortId of [revoked.cohortId, archived.cohortId]) {
      expect(await db().cohortMember.count({ where: { cohortId } })).toBe(0);
    }
  });

  it("expires on its day; Resend gives a new link for as long again, and inviting again replaces it", async () => {
    const start = new Date("2026-12-01T10:00:00Z");
    const { priya, cohortId, token, email } = await invited(unique("late"), start);
    const ana = await person("learner", "Ana");
    const later = new Date(start.getTime() + 14 * DAY + 1);
    expect((await invitationInfo(token, new Date(start.getTime() + 14 * DAY - 1))).status).toBe("open");
    expect((await invitationInfo(token, later)).status).toBe("expired");
    await expect(acceptInvitation(ana, token, later)).rejects.toThrow(/expired/);
    const [row] = await listInvitations(priya, cohortId, later);
    expect(row).toMatchObject({ status: "expired" });

    const before = mailsTo(email).length;
    await resendInvitation(priya, cohortId, row!.id, ORIGIN, later);
    const fresh = tokenIn(mailsTo(email)[before]!);
    expect(await db().invitation.findUniqueOrThrow({ where: { id: row!.id } })).toMatchObject({
      expiresAt: new Date(later.getTime() + 14 * DAY),
    });
    expect(await acceptInvitation(ana, fresh, later)).toMatchObject({ status: "joined" });

    // An expired one is no bar to inviting the address again: it gives way.
    const other = unique("again");
    await invite(priya, cohortId, [other], { now: start });
    const again = await invite(priya, cohortId, [other], { now: later });
    expect(again.invited.map((i) => i.email)).toEqual([other]);
    expect(await db().invitation.count({ where: { cohortId, email: other, revokedAt: null } })).toBe(1);
  });
});

describe("scoping", () => {
  it("lets nobody but the cohort's facilitators list, invite, resend or revoke", async () => {
    const priya = await person("facilitator", "Priya Raman");
    const cohortId = await cohortOf(priya);
    const email = unique("scoped");
    await invite(priya, cohortId, [email]);
    const [row] = await listInvitations(priya, cohortId);
    const other = await person("facilitator", "Omar Other");
    const otherCohort = await cohortOf(other, "Other team");
    const admin = await person("admin", "Ada Admin");
    const learner = await person("learner", "Lee Learner");
    const snapshot = () => db().invitation.findUniqueOrThrow({ where: { id: row!.id } });
    const before = await snapshot();
    for (const intruder of [other, admin, learner]) {
      await expect(listInvitations(intruder, cohortId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(invite(intruder, cohortId, [unique("sneak")])).rejects.toBeInstanceOf(NotFoundError);
      await expect(resendInvitation(intruder, cohortId, row!.id, ORIGIN)).rejects.toBeInstanceOf(NotFoundError);
      await expect(revokeInvitation(intruder, cohortId, row!.id)).rejects.toBeInstanceOf(NotFoundError);
    }
    // Naming their own cohort with Priya's invitation finds nothing either.
    await expect(resendInvitation(other, otherCohort, row!.id, ORIGIN)).rejects.toBeInstanceOf(NotFoundError);
    await expect(revokeInvitation(other, otherCohort, row!.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await listInvitations(other, otherCohort)).toEqual([]);
    expect(await snapshot()).toEqual(before);
    expect(await db().invitation.count({ where: { cohortId } })).toBe(1);
  });
});
