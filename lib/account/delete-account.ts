import "server-only";
// Deleting an account: the person and everything that is theirs, at once.
// The foreign keys cascade from the user row, but we also clear each kind of
// row by name, inside one transaction, so the deletion does not depend on a
// connection setting (SQLite enforces foreign keys only when asked) and so
// this file lists, in one place, what "everything" is. A new table that
// refers to a person belongs here too: lib/account/delete-account.test.ts
// does not type-check until it says how every model is cleared.
// See docs/decisions/008-journal-export-and-deletion.md.
import { personRateLimitKeys, signInAccountKey } from "../auth/rate-limit-keys";
import { erase } from "../db/erase";
import type { SessionUser } from "../auth/session";

export type DeletedCounts = {
  reflectionShares: number;
  reflectionReplies: number;
  reflectionRevisions: number;
  reflections: number;
  lessonProgress: number;
  checkChoices: number;
  calendarFeeds: number;
  nudges: number;
  cohortMemberships: number;
  cohortFacilitators: number;
  sessions: number;
  accounts: number;
  verifications: number;
  rateLimits: number;
  signInGuards: number;
  users: number;
};

/**
 * The rate-limit rows that name this person: those keyed by their email
 * address (sign-in attempts, reset emails) and by their id (wrong current
 * passwords, email changes). Counters per network address name nobody.
 */
export function rateLimitKeysFor(user: Pick<SessionUser, "id" | "email">): string[] {
  return personRateLimitKeys(user);
}

export async function deleteAccount(user: Pick<SessionUser, "id" | "email">): Promise<DeletedCounts> {
  const userId = user.id;
  const mine = { userId };
  // Erased, not only deleted: none of their text stays in the database files (lib/db/erase.ts).
  return erase(async (tx) => {
    // What they wrote, who it was shared with, and replies to it; also
    // replies they wrote as a facilitator.
    await tx.notification.deleteMany({ where: mine });
    await tx.emailOptOut.deleteMany({ where: mine });
    await tx.lookBack.deleteMany({ where: mine });
    const reflectionShares = (await tx.reflectionShare.deleteMany({ where: { reflection: mine } })).count;
    const reflectionReplies = (
      await tx.reflectionReply.deleteMany({ where: { OR: [{ authorId: userId }, { reflection: mine }] } })
    ).count;
    const reflectionRevisions = (await tx.reflectionRevision.deleteMany({ where: { reflection: mine } })).count;
    const reflections = (await tx.reflection.deleteMany({ where: mine })).count;
    const lessonProgress = (await tx.lessonProgress.deleteMany({ where: mine })).count;
    const checkChoices = (await tx.checkChoice.deleteMany({ where: mine })).count;
    // Their calendar address: it opens their due dates to whoever holds it.
    const calendarFeeds = (await tx.calendarFeed.deleteMany({ where: mine })).count;

    // Cohorts belong to the organisation and stay; the person leaves them.
    // Reminders to them go; reminders they sent to others stay, unsigned.
    const nudges = (await tx.nudge.deleteMany({ where: { toUserId: userId } })).count;
    await tx.nudge.updateMany({ where: { fromUserId: userId }, data: { fromUserId: null } });
    // The invitations they accepted name them and their address: they go with
    // the memberships. Those they sent stay with the cohort, unsigned.
    await tx.invitation.deleteMany({ where: { acceptedById: userId } });
    await tx.invitation.updateMany({ where: { invitedById: userId }, data: { invitedById: null } });
    const cohortMemberships = (await tx.cohortMember.deleteMany({ where: mine })).count;
    const cohortFacilitators = (await tx.cohortFacilitator.deleteMany({ where: mine })).count;
    await tx.cohort.updateMany({ where: { createdById: userId }, data: { createdById: null } });

    // Signing in: sessions, password, tokens better-auth may keep (a reset
    // link names the user by id), the counters that name them, and the
    // sign-in waits and known addresses of their account.
    const sessions = (await tx.session.deleteMany({ where: mine })).count;
    const accounts = (await tx.account.deleteMany({ where: mine })).count;
    const verifications = (
      await tx.verification.deleteMany({
        where: { OR: [{ value: userId }, { identifier: { in: [user.email, user.email.toLowerCase()] } }] },
      })
    ).count;
    const rateLimits = (await tx.rateLimit.deleteMany({ where: { key: { in: rateLimitKeysFor(user) } } })).count;
    const signInGuards = (await tx.signInGuard.deleteMany({ where: { accountKey: signInAccountKey(user.email) } }))
      .count;
    const users = (await tx.user.deleteMany({ where: { id: userId } })).count;
    return {
      reflectionShares,
      reflectionReplies,
      reflectionRevisions,
      reflections,
      lessonProgress,
      checkChoices,
      calendarFeeds,
      nudges,
      cohortMemberships,
      cohortFacilitators,
      sessions,
      accounts,
      verifications,
      rateLimits,
      signInGuards,
      users,
    };
  });
}
