import "server-only";
// In-app nudges from a facilitator to learners who are behind, and (when SMTP
// is configured) the same by email.
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { notify } from "../notifications/notifications";
import { preview } from "../notifications/preview";
import { assertFacilitatorOf } from "./access";
import { NotFoundError, RuleError } from "../errors/errors";

export const NUDGE_MAX_CHARS = 500;

export type NudgeView = { id: string; message: string; fromName: string; cohortName: string; createdAt: Date };

export async function sendNudges(
  facilitator: SessionUser,
  cohortId: string,
  learnerIds: string[],
  message: string,
): Promise<{ sent: number; emailed: number }> {
  await assertFacilitatorOf(facilitator, cohortId);
  const cohort = await db().cohort.findUnique({ where: { id: cohortId }, select: { archivedAt: true } });
  if (cohort?.archivedAt) throw new RuleError("This cohort is archived, so it can't send nudges.");
  const members = await db().cohortMember.findMany({
    where: { cohortId, userId: { in: learnerIds } },
    select: { user: { select: { id: true, email: true, name: true } }, cohort: { select: { name: true } } },
  });
  if (members.length === 0) throw new RuleError("Choose at least one learner of this cohort.");
  let emailed = 0;
  for (const { user, cohort } of members) {
    const nudge = await db().nudge.create({
      data: { cohortId, fromUserId: facilitator.id, toUserId: user.id, message },
      select: { id: true },
    });
    const sent = await notify({
      userId: user.id,
      kind: "nudge",
      key: `nudge:${nudge.id}`,
      // No name: the nudge outlives its sender's account, unsigned.
      text: `A reminder from your facilitator in ${cohort.name}: “${preview(message)}”`,
      href: "/dashboard",
      about: { nudgeId: nudge.id },
      email: {
        subject: `A reminder from ${facilitator.name} (${cohort.name})`,
        text: (name) =>
          `Hello ${name},\n\n${message}\n\n— ${facilitator.name}, ${cohort.name}\n\nYou can pick up where you left off in It Takes Two.`,
      },
    });
    if (sent.emailed) {
      await db().nudge.update({ where: { id: nudge.id }, data: { emailedAt: new Date() } });
      emailed += 1;
    }
  }
  return { sent: members.length, emailed };
}

export async function myNudges(learner: SessionUser): Promise<NudgeView[]> {
  const rows = await db().nudge.findMany({
    where: { toUserId: learner.id, dismissedAt: null },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: {
      id: true,
      message: true,
      createdAt: true,
      from: { select: { name: true } },
      cohort: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    message: row.message,
    createdAt: row.createdAt,
    fromName: row.from?.name ?? "Your facilitator",
    cohortName: row.cohort.name,
  }));
}

/** Hides one of the learner's own nudges; NotFoundError when none of theirs has that id. */
export async function dismissNudge(learner: SessionUser, nudgeId: string): Promise<void> {
  const result = await db().nudge.updateMany({
    where: { id: nudgeId, toUserId: learner.id },
    data: { dismissedAt: new Date() },
  });
  if (result.count === 0) throw new NotFoundError("That message is no longer on your dashboard.");
}
