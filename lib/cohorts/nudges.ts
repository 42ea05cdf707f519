import "server-only";
// In-app nudges from a facilitator to learners who are behind, and (when SMTP
// is configured) the same by email.
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { notify } from "../notifications/notifications";
import { preview } from "../notifications/preview";
import { assertFacilitatorOf } from "./access";
import { NotFoundError, RuleError } from "../errors/errors";
import { currentTime } from "../time/clock";

export const NUDGE_MAX_CHARS = 500;
/** Nudging someone again within this many hours asks the facilitator to confirm. */
export const NUDGE_REPEAT_HOURS = 24;
const HOUR_MS = 60 * 60 * 1000;

function hoursAgo(from: Date, now: Date): string {
  const hours = Math.floor((now.getTime() - from.getTime()) / HOUR_MS);
  if (hours < 1) return "less than an hour ago";
  return hours === 1 ? "an hour ago" : `${hours} hours ago`;
}

export type NudgeView = {
  id: string;
  message: string;
  fromName: string;
  cohortName: string;
  createdAt: Date;
  /** Not yet in front of the learner before this page. */
  unread: boolean;
};

export async function sendNudges(
  facilitator: SessionUser,
  cohortId: string,
  learnerIds: string[],
  message: string,
  options: { confirmRepeat?: boolean; now?: Date } = {},
): Promise<{ sent: number; emailed: number }> {
  const now = options.now ?? currentTime();
  await assertFacilitatorOf(facilitator, cohortId);
  const cohort = await db().cohort.findUnique({ where: { id: cohortId }, select: { archivedAt: true } });
  if (cohort?.archivedAt) throw new RuleError("This cohort is archived, so it can't send nudges.");
  const members = await db().cohortMember.findMany({
    where: { cohortId, userId: { in: learnerIds } },
    select: { user: { select: { id: true, email: true, name: true } }, cohort: { select: { name: true } } },
  });
  if (members.length === 0) throw new RuleError("Choose at least one learner of this cohort.");
  if (!options.confirmRepeat) {
    // A gentle guard: a second nudge within a day is more often a slip than a plan.
    const recent = await lastHandNudges(
      cohortId,
      now,
      members.map((m) => m.user.id),
    );
    if (recent.size > 0) {
      const names = members
        .filter((m) => recent.has(m.user.id))
        .map((m) => `${m.user.name} (${hoursAgo(recent.get(m.user.id) ?? now, now)})`);
      throw new RuleError(
        `${names.join(", ")} already had a nudge in the last ${NUDGE_REPEAT_HOURS} hours. Tick “Send again anyway” if you want to send another.`,
        {
          field: "confirmRepeat",
          fieldMessage: `Already nudged in the last ${NUDGE_REPEAT_HOURS} hours: ${names.join(", ")}.`,
        },
      );
    }
  }
  let emailed = 0;
  for (const { user, cohort } of members) {
    const nudge = await db().nudge.create({
      data: { cohortId, fromUserId: facilitator.id, toUserId: user.id, message, createdAt: now },
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
      readAt: true,
      from: { select: { name: true } },
      cohort: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    message: row.message,
    createdAt: row.createdAt,
    unread: row.readAt === null,
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
  await markNudgesRead(learner, [nudgeId]);
}

/** The learner has these nudges in front of them: they are read (and so are their notifications). */
export async function markNudgesRead(learner: Pick<SessionUser, "id">, nudgeIds: string[], now = new Date()) {
  if (nudgeIds.length === 0) return;
  await db().nudge.updateMany({
    where: { id: { in: nudgeIds }, toUserId: learner.id, readAt: null },
    data: { readAt: now },
  });
  await db().notification.updateMany({
    where: { nudgeId: { in: nudgeIds }, userId: learner.id, readAt: null },
    data: { readAt: now },
  });
}

export type SentNudge = {
  id: string;
  toId: string;
  toName: string;
  /** Null for the automatic due-soon reminders. */
  fromName: string | null;
  automatic: boolean;
  message: string;
  createdAt: Date;
  emailed: boolean;
  readAt: Date | null;
};

/** Nudges sent in this cohort, newest first, optionally to one learner; for its facilitators only. */
export async function nudgeHistory(
  facilitator: SessionUser,
  cohortId: string,
  options: { learnerId?: string; take?: number } = {},
): Promise<SentNudge[]> {
  await assertFacilitatorOf(facilitator, cohortId);
  const rows = await db().nudge.findMany({
    where: { cohortId, ...(options.learnerId ? { toUserId: options.learnerId } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.take ?? 100,
    select: {
      id: true,
      message: true,
      createdAt: true,
      readAt: true,
      dismissedAt: true,
      emailedAt: true,
      reminderKey: true,
      to: { select: { id: true, name: true } },
      from: { select: { name: true } },
      notifications: { select: { readAt: true } },
    },
  });
  return rows.map((row) => {
    const seen = [row.readAt, row.dismissedAt, ...row.notifications.map((n) => n.readAt)].filter(
      (d): d is Date => d !== null,
    );
    return {
      id: row.id,
      toId: row.to.id,
      toName: row.to.name,
      fromName: row.from?.name ?? null,
      automatic: row.reminderKey !== null,
      message: row.message,
      createdAt: row.createdAt,
      emailed: row.emailedAt !== null,
      readAt: seen.length ? new Date(Math.min(...seen.map((d) => d.getTime()))) : null,
    };
  });
}

/** "Nudged 3 hours ago" for the learners nudged (by hand) within NUDGE_REPEAT_HOURS, by learner id. */
export async function recentlyNudged(
  facilitator: SessionUser,
  cohortId: string,
  now = currentTime(),
): Promise<Map<string, string>> {
  await assertFacilitatorOf(facilitator, cohortId);
  const last = await lastHandNudges(cohortId, now);
  return new Map([...last].map(([id, at]) => [id, `Nudged ${hoursAgo(at, now)}`]));
}

/**
 * When each learner (of `toUserIds`, or all) last had a nudge by hand in this
 * cohort within NUDGE_REPEAT_HOURS: the guard's rule and the form's hint. The
 * automatic due-soon reminders don't count.
 */
async function lastHandNudges(cohortId: string, now: Date, toUserIds?: string[]): Promise<Map<string, Date>> {
  const rows = await db().nudge.findMany({
    where: {
      cohortId,
      reminderKey: null,
      ...(toUserIds ? { toUserId: { in: toUserIds } } : {}),
      createdAt: { gt: new Date(now.getTime() - NUDGE_REPEAT_HOURS * HOUR_MS) },
    },
    orderBy: { createdAt: "asc" },
    select: { toUserId: true, createdAt: true },
  });
  // In time order, so each learner keeps their latest.
  return new Map(rows.map((r) => [r.toUserId, r.createdAt]));
}
