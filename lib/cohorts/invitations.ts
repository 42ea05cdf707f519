import "server-only";
// Personal invitations: a facilitator invites people by email address, each
// gets a link of their own that works once and expires
// (docs/decisions/033-email-invitations.md). Only a hash of each link's token
// is stored, so a link is emailed, or shown to the facilitator, once; after
// that "Resend" makes a new one. Every function for facilitators checks
// that the caller facilitates the cohort, and writes with the cohort in the
// `where`, so an invitation of someone else's cohort is never touched.
import { hashLinkToken, LINK_TOKEN_PATTERN, newLinkToken } from "../auth/link-tokens";
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { NotFoundError, RuleError } from "../errors/errors";
import { isUniqueViolation } from "../db/unique";
import { log } from "../log/logger";
import { mailConfigured, sendMail } from "../mail/mailer";
import { currentTime } from "../time/clock";
import { formatDate } from "../time/format";
import { assertFacilitatorOf } from "./access";
import type { AddressProblem } from "./invitation-addresses";
import { admitToCohort, INVITE_ARCHIVED_MESSAGE, type JoinResult } from "./membership";

/** How long an invitation may last, in days; the form offers these. */
export const INVITATION_DAYS = [3, 7, 14, 30] as const;
export type InvitationDays = (typeof INVITATION_DAYS)[number];
export const DEFAULT_INVITATION_DAYS: InvitationDays = 14;

const DAY_MS = 86_400_000;

export const INVITATION_INVALID_MESSAGE =
  "This invitation link isn't valid any more. It may have been withdrawn: ask your facilitator for a new one.";
export const INVITATION_USED_MESSAGE =
  "This invitation has already been used. Each personal link works once: if you still need to join, ask your facilitator for a new one.";
export const INVITATION_EXPIRED_MESSAGE = "This invitation has expired. Ask your facilitator to send you a new one.";
const ARCHIVED_NO_INVITES =
  "This cohort is archived, so it can't send invitations. Bring it back from its settings first.";
const NOT_PENDING = "That invitation is no longer open (it may have been accepted or withdrawn already).";

/** While an invitation is open, its key says "one open invitation per cohort and address" to the database. */
function openKey(cohortId: string, email: string): string {
  return `${cohortId} ${email}`;
}

export function invitationLink(origin: string, token: string): string {
  return `${origin}/invite/${token}`;
}

type CohortForMail = { name: string; timeZone: string };

function invitationEmail(
  to: string,
  link: string,
  expiresAt: Date,
  cohort: CohortForMail,
  facilitator: SessionUser,
): { to: string; subject: string; text: string } {
  return {
    to,
    subject: `${facilitator.name} invites you to join ${cohort.name}`,
    text:
      `Hello,\n\n${facilitator.name} has invited you to join ${cohort.name} in It Takes Two, ` +
      `a short course on repairing trust at work.\n\n` +
      `To join, open this link and sign in, or create an account:\n${link}\n\n` +
      `The link is yours alone. It works once, and until ${formatDate(expiresAt, cohort.timeZone)}.\n\n` +
      `If you weren't expecting this, you can ignore this email: nothing happens unless you open the link.`,
  };
}

export type InvitedAddress = {
  line: number;
  email: string;
  /** The link to copy, when no email is sent (shown once: only its hash is kept). */
  link: string | null;
  /** Whether the email went; false when email is off or sending failed. */
  emailed: boolean;
};

export type InviteResult = {
  invited: InvitedAddress[];
  /** Addresses that could not be invited, with the line and why. */
  problems: AddressProblem[];
  /** Invitations made whose email failed: listed as not sent, for "Resend". */
  failed: InvitedAddress[];
  emailOn: boolean;
};

async function openCohort(facilitator: SessionUser, cohortId: string): Promise<CohortForMail> {
  await assertFacilitatorOf(facilitator, cohortId);
  const cohort = await db().cohort.findUnique({
    where: { id: cohortId },
    select: { name: true, timeZone: true, archivedAt: true },
  });
  if (!cohort) throw new NotFoundError("There is no such cohort among yours.");
  if (cohort.archivedAt) throw new RuleError(ARCHIVED_NO_INVITES);
  return cohort;
}

/**
 * Invitation emails go out this many at a time. One after the other, a list
 * of a few hundred addresses could keep the facilitator's page waiting a
 * minute or more (each email is its own connection to the mail server); all
 * at once would flood that server.
 */
const SEND_AT_ONCE = 4;

/** `work` on every item, at most `limit` at a time; the results in the items' order. */
async function inTurns<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Emails the link, or hands it back to show; records when it went. */
async function deliver(
  invitationId: string,
  address: { line: number; email: string },
  token: string,
  expiresAt: Date,
  context: { origin: string; cohort: CohortForMail; facilitator: SessionUser; now: Date },
): Promise<InvitedAddress> {
  const link = invitationLink(context.origin, token);
  if (!mailConfigured()) {
    await db().invitation.updateMany({ where: { id: invitationId }, data: { lastSentAt: context.now } });
    return { ...address, link, emailed: false };
  }
  try {
    await sendMail(invitationEmail(address.email, link, expiresAt, context.cohort, context.facilitator));
  } catch (error) {
    log.error("mail.failed", { event: "invitation", error });
    return { ...address, link: null, emailed: false };
  }
  await db().invitation.updateMany({ where: { id: invitationId }, data: { lastSentAt: context.now } });
  return { ...address, link: null, emailed: true };
}

/**
 * Invites each address to the cohort. Members and addresses with an open
 * invitation are reported, not invited again. The invitations are made in
 * one transaction, then the emails go (or the links come back to show).
 */
export async function inviteByEmail(
  facilitator: SessionUser,
  cohortId: string,
  input: { addresses: { line: number; email: string }[]; days: InvitationDays; origin: string },
  now = currentTime(),
): Promise<InviteResult> {
  const cohort = await openCohort(facilitator, cohortId);
  const emails = input.addresses.map((a) => a.email);
  const [members, open] = await Promise.all([
    db().cohortMember.findMany({
      where: { cohortId, user: { email: { in: emails } } },
      select: { user: { select: { email: true } } },
    }),
    db().invitation.findMany({
      where: { cohortId, email: { in: emails }, openKey: { not: null } },
      select: { id: true, email: true, expiresAt: true },
    }),
  ]);
  const memberEmails = new Set(members.map((m) => m.user.email.toLowerCase()));
  const pending = new Set(open.filter((i) => i.expiresAt > now).map((i) => i.email));
  const problems: AddressProblem[] = [];
  const fresh: { line: number; email: string }[] = [];
  for (const address of input.addresses) {
    if (memberEmails.has(address.email)) {
      problems.push({
        ...address,
        text: address.email,
        raw: address.email,
        message: "This person is already in the cohort.",
      });
    } else if (pending.has(address.email)) {
      problems.push({
        ...address,
        text: address.email,
        raw: address.email,
        message: "Already invited: use Resend in the list below to send a new link.",
      });
    } else fresh.push(address);
  }

  const expiresAt = new Date(now.getTime() + input.days * DAY_MS);
  const made = fresh.map((address) => ({ address, token: newLinkToken(), id: "" }));
  // An expired invitation to an address gives way to the new one.
  const expiredIds = open.filter((i) => i.expiresAt <= now && fresh.some((a) => a.email === i.email)).map((i) => i.id);
  try {
    const rows = await db().$transaction([
      db().invitation.updateMany({
        where: { id: { in: expiredIds }, cohortId },
        data: { revokedAt: now, openKey: null },
      }),
      ...made.map(({ address, token }) =>
        db().invitation.create({
          data: {
            cohortId,
            email: address.email,
            tokenHash: hashLinkToken(token),
            openKey: openKey(cohortId, address.email),
            validDays: input.days,
            invitedById: facilitator.id,
            createdAt: now,
            expiresAt,
          },
          select: { id: true },
        }),
      ),
    ]);
    rows.slice(1).forEach((row, index) => (made[index]!.id = (row as { id: string }).id));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new RuleError(
      "Someone invited some of these addresses at the same moment, so nothing was sent. Reload the page and try again.",
    );
  }

  const context = { origin: input.origin, cohort, facilitator, now };
  const outcomes = await inTurns(made, SEND_AT_ONCE, ({ address, token, id }) =>
    deliver(id, address, token, expiresAt, context),
  );
  // Reported in the order the addresses were pasted, whichever email went first.
  const invited = outcomes.filter((outcome) => outcome.link || outcome.emailed);
  const failed = outcomes.filter((outcome) => !(outcome.link || outcome.emailed));
  return { invited, problems, failed, emailOn: mailConfigured() };
}

/**
 * A new link for an open invitation (pending or expired), lasting as long as
 * the first: the old link stops working at once.
 */
export async function resendInvitation(
  facilitator: SessionUser,
  cohortId: string,
  invitationId: string,
  origin: string,
  now = currentTime(),
): Promise<InvitedAddress> {
  const cohort = await openCohort(facilitator, cohortId);
  const row = await db().invitation.findFirst({
    where: { id: invitationId, cohortId, openKey: { not: null } },
    select: { email: true, validDays: true },
  });
  if (!row) throw new NotFoundError(NOT_PENDING);
  const token = newLinkToken();
  const expiresAt = new Date(now.getTime() + row.validDays * DAY_MS);
  const updated = await db().invitation.updateMany({
    where: { id: invitationId, cohortId, openKey: { not: null } },
    data: { tokenHash: hashLinkToken(token), expiresAt, lastSentAt: null },
  });
  if (updated.count === 0) throw new NotFoundError(NOT_PENDING);
  return deliver(invitationId, { line: 0, email: row.email }, token, expiresAt, { origin, cohort, facilitator, now });
}

/** Withdraws an open invitation: its link stops working. */
export async function revokeInvitation(
  facilitator: SessionUser,
  cohortId: string,
  invitationId: string,
  now = currentTime(),
): Promise<string> {
  await assertFacilitatorOf(facilitator, cohortId);
  const row = await db().invitation.findFirst({ where: { id: invitationId, cohortId }, select: { email: true } });
  const revoked = await db().invitation.updateMany({
    where: { id: invitationId, cohortId, openKey: { not: null } },
    data: { revokedAt: now, openKey: null },
  });
  if (revoked.count === 0 || !row) throw new NotFoundError(NOT_PENDING);
  return row.email;
}

export type InvitationStatus = "pending" | "not-sent" | "expired" | "accepted";
export type InvitationView = {
  id: string;
  email: string;
  status: InvitationStatus;
  createdAt: Date;
  lastSentAt: Date | null;
  expiresAt: Date;
  acceptedAt: Date | null;
  /** Who accepted it (their name now); null before, or once their account is gone. */
  acceptedBy: string | null;
};

/** The cohort's invitations that are open or were accepted, newest first; withdrawn ones are left out. */
export async function listInvitations(
  facilitator: SessionUser,
  cohortId: string,
  now = currentTime(),
): Promise<InvitationView[]> {
  await assertFacilitatorOf(facilitator, cohortId);
  const rows = await db().invitation.findMany({
    where: { cohortId, revokedAt: null },
    orderBy: [{ createdAt: "desc" }, { email: "asc" }],
    take: 2000,
    select: {
      id: true,
      email: true,
      createdAt: true,
      lastSentAt: true,
      expiresAt: true,
      acceptedAt: true,
      acceptedBy: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    createdAt: row.createdAt,
    lastSentAt: row.lastSentAt,
    expiresAt: row.expiresAt,
    acceptedAt: row.acceptedAt,
    acceptedBy: row.acceptedBy?.name ?? null,
    status: row.acceptedAt ? "accepted" : row.expiresAt <= now ? "expired" : row.lastSentAt ? "pending" : "not-sent",
  }));
}

// ---------------------------------------------------------------------------
// The invited person's side: the link's page, and joining with it.
// ---------------------------------------------------------------------------

export type InvitationInfo =
  | { status: "open"; cohortId: string; name: string; description: string; facilitators: string[] }
  | { status: "invalid" | "used" | "expired" | "archived"; message: string };

export async function invitationInfo(token: string, now = currentTime()): Promise<InvitationInfo> {
  if (!LINK_TOKEN_PATTERN.test(token)) return { status: "invalid", message: INVITATION_INVALID_MESSAGE };
  const row = await db().invitation.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: {
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      cohort: {
        select: {
          id: true,
          name: true,
          description: true,
          archivedAt: true,
          facilitators: { select: { user: { select: { name: true } } }, orderBy: { addedAt: "asc" } },
        },
      },
    },
  });
  if (!row || row.revokedAt) return { status: "invalid", message: INVITATION_INVALID_MESSAGE };
  if (row.acceptedAt) return { status: "used", message: INVITATION_USED_MESSAGE };
  if (row.expiresAt <= now) return { status: "expired", message: INVITATION_EXPIRED_MESSAGE };
  if (row.cohort.archivedAt) return { status: "archived", message: INVITE_ARCHIVED_MESSAGE };
  return {
    status: "open",
    cohortId: row.cohort.id,
    name: row.cohort.name,
    description: row.cohort.description,
    facilitators: row.cohort.facilitators.map((f) => f.user.name),
  };
}

/**
 * Joins the cohort with a personal invitation, which is then used: of two
 * people (or two tabs) accepting at once, one gets in and the other is told
 * it was used. Whoever holds the link may use it, whatever their address:
 * people have several. RuleError, saying why, when the link opens nothing.
 */
export async function acceptInvitation(learner: SessionUser, token: string, now = currentTime()): Promise<JoinResult> {
  const info = await invitationInfo(token, now);
  if (info.status !== "open") throw new RuleError(info.message);
  const tokenHash = hashLinkToken(token);
  return admitToCohort(learner, { cohortId: info.cohortId, name: info.name }, now, async (tx) => {
    const claimed = await tx.invitation.updateMany({
      where: { tokenHash, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now, acceptedById: learner.id, openKey: null },
    });
    if (claimed.count === 0) throw new RuleError(INVITATION_USED_MESSAGE);
  });
}
