import "server-only";
// A learner's side of cohorts: joining with an invite code (or, through
// admitToCohort, a personal invitation), and leaving.
import { db, type Db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { NotFoundError, RuleError } from "../errors/errors";
import { INVITE_CODE_PATTERN } from "./invite-code";
import { isUniqueViolation } from "../db/unique";

export type InviteInfo =
  | { status: "open"; cohortId: string; name: string; description: string; facilitators: string[] }
  | { status: "invalid" | "archived"; message: string };

export const INVITE_INVALID_MESSAGE =
  "This invite link isn't valid any more. It may have been replaced or turned off: ask your facilitator for the current link.";
export const INVITE_ARCHIVED_MESSAGE = "This cohort has been archived and is no longer taking new members.";

export async function inviteInfo(code: string): Promise<InviteInfo> {
  if (!INVITE_CODE_PATTERN.test(code)) return { status: "invalid", message: INVITE_INVALID_MESSAGE };
  const cohort = await db().cohort.findUnique({
    where: { inviteCode: code },
    select: {
      id: true,
      name: true,
      description: true,
      archivedAt: true,
      facilitators: { select: { user: { select: { name: true } } }, orderBy: { addedAt: "asc" } },
    },
  });
  if (!cohort) return { status: "invalid", message: INVITE_INVALID_MESSAGE };
  if (cohort.archivedAt) return { status: "archived", message: INVITE_ARCHIVED_MESSAGE };
  return {
    status: "open",
    cohortId: cohort.id,
    name: cohort.name,
    description: cohort.description,
    facilitators: cohort.facilitators.map((f) => f.user.name),
  };
}

export type JoinResult = { status: "joined" | "already-member"; cohortId: string; name: string };

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Joins the cohort an invite code opens; RuleError (saying why) when the code opens none. */
export async function joinCohort(learner: SessionUser, code: string, now = new Date()): Promise<JoinResult> {
  const info = await inviteInfo(code);
  if (info.status !== "open") throw new RuleError(info.message);
  return admitToCohort(learner, { cohortId: info.cohortId, name: info.name }, now);
}

/**
 * The one way into a cohort, by its link or by a personal invitation
 * (lib/cohorts/invitations.ts): the caller has checked that the cohort is
 * open. `claim`, when given, runs first in the same transaction and throws to
 * let nobody in (an invitation that another click used a moment ago); it runs
 * for someone already in the cohort too, so their invitation counts as used.
 */
export async function admitToCohort(
  learner: SessionUser,
  cohort: { cohortId: string; name: string },
  now: Date,
  claim?: (tx: Tx) => Promise<void>,
): Promise<JoinResult> {
  const { cohortId, name } = cohort;
  const existing = await db().cohortMember.findUnique({
    where: { cohortId_userId: { cohortId, userId: learner.id } },
    select: { joinedAt: true },
  });
  if (existing) {
    if (claim) await db().$transaction((tx) => claim(tx));
    return { status: "already-member", cohortId, name };
  }
  try {
    // Writes only, the claim first: on SQLite a transaction that read first
    // could not wait its turn to write.
    await db().$transaction(async (tx) => {
      if (claim) await claim(tx);
      // Joining reveals nothing shared before. Leaving already took the
      // learner's shares with this cohort; this clears any a racing request
      // may have left, before the membership that would make them readable.
      await tx.reflectionShare.deleteMany({ where: { cohortId, reflection: { userId: learner.id } } });
      await tx.cohortMember.create({ data: { cohortId, userId: learner.id, joinedAt: now } });
    });
  } catch (error) {
    // Two clicks racing: the other one joined.
    if (!isUniqueViolation(error)) throw error;
  }
  return { status: "joined", cohortId, name };
}

/**
 * Leaves a cohort and returns its name; NotFoundError when the learner wasn't in it.
 * The learner's entries shared with it stop being shared with it, in the
 * same transaction: leaving hides them, and joining again reveals nothing.
 */
export async function leaveCohort(learner: SessionUser, cohortId: string): Promise<string> {
  const cohort = await db().cohort.findFirst({
    where: { id: cohortId, members: { some: { userId: learner.id } } },
    select: { name: true },
  });
  const [, left] = await db().$transaction([
    db().reflectionShare.deleteMany({ where: { cohortId, reflection: { userId: learner.id } } }),
    db().cohortMember.deleteMany({ where: { cohortId, userId: learner.id } }),
  ]);
  if (left.count === 0) throw new NotFoundError("You're not a member of that cohort.");
  return cohort?.name ?? "the cohort";
}

export type MyCohort = { id: string; name: string; facilitators: string[]; joinedAt: Date; archived: boolean };

/**
 * Every cohort the learner is in, archived ones too, in the order they joined,
 * with what the dashboard needs of each: its assignments and its facilitators'
 * names. One read serves both the learner's list of cohorts and the modules
 * assigned to them (decision 067).
 */
export async function myMemberships(learner: Pick<SessionUser, "id">) {
  return db().cohortMember.findMany({
    where: { userId: learner.id },
    orderBy: { joinedAt: "asc" },
    select: {
      joinedAt: true,
      cohort: {
        select: {
          id: true,
          name: true,
          timeZone: true,
          archivedAt: true,
          assignments: { select: { id: true, moduleSlug: true, dueDate: true, dueDaysAfterJoin: true } },
          facilitators: { select: { user: { select: { name: true } } }, orderBy: { addedAt: "asc" } },
        },
      },
    },
  });
}

export type Membership = Awaited<ReturnType<typeof myMemberships>>[number];

/** The learner's cohorts as their dashboard lists them. */
export function cohortsOf(memberships: Membership[]): MyCohort[] {
  return memberships.map(({ joinedAt, cohort }) => ({
    id: cohort.id,
    name: cohort.name,
    facilitators: cohort.facilitators.map((f) => f.user.name),
    joinedAt,
    archived: cohort.archivedAt !== null,
  }));
}

export async function myCohorts(learner: SessionUser): Promise<MyCohort[]> {
  return cohortsOf(await myMemberships(learner));
}
