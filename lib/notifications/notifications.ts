import "server-only";
// Notifications: one list per person of what happened for them (a reply, a
// nudge, a module due soon, a look-back whose day has come, an answer shared
// in a cohort they run), each leading to its thing and read once opened.
// With email set up, each is also emailed once, unless the person turned
// that kind off. Every read and write names the person; someone else's
// notification looks exactly like one that doesn't exist.
// See docs/decisions/029-notifications.md.
import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { isUniqueViolation } from "../db/unique";
import { NotFoundError } from "../errors/errors";
import { log } from "../log/logger";
import { mailConfigured, sendMail } from "../mail/mailer";
import { currentTime } from "../time/clock";
import type { NotificationKind } from "./kinds";

export const NOTIFICATION_GONE = "That notification is no longer there.";
/** How many the list shows; older ones stay in the database until their thing goes. */
export const NOTIFICATIONS_SHOWN = 50;

/** What it is about: the row whose deletion takes the notification with it. */
export type NotificationSubject =
  | { replyId: string }
  | { nudgeId: string }
  | { lookBackId: string }
  | { share: { reflectionId: string; cohortId: string } };

export type NewNotification = {
  userId: string;
  kind: NotificationKind;
  /** Names the event: a second notification with the same key is not made. */
  key: string;
  text: string;
  href: string;
  about: NotificationSubject;
  /** The email, when it should go by email too (and the person hasn't turned that kind off). */
  email?: { subject: string; text: (name: string) => string };
};

export type NotificationView = {
  id: string;
  kind: NotificationKind;
  text: string;
  href: string;
  createdAt: Date;
  read: boolean;
};

function subjectColumns(about: NotificationSubject) {
  if ("share" in about) return { shareReflectionId: about.share.reflectionId, shareCohortId: about.share.cohortId };
  return about;
}

/**
 * Makes the notification, and emails it when asked to, email is set up and
 * the person wants that kind by email. Returns whether it was new and
 * whether an email went; a key already used makes nothing and sends nothing.
 */
export async function notify(note: NewNotification): Promise<{ created: boolean; emailed: boolean }> {
  const recipient = await db().user.findUnique({
    where: { id: note.userId },
    select: { email: true, name: true, disabledAt: true, emailOptOuts: { where: { kind: note.kind } } },
  });
  if (!recipient) return { created: false, emailed: false };
  let id: string;
  try {
    ({ id } = await db().notification.create({
      data: {
        userId: note.userId,
        kind: note.kind,
        key: note.key,
        text: note.text,
        href: note.href,
        createdAt: currentTime(),
        ...subjectColumns(note.about),
      },
      select: { id: true },
    }));
  } catch (error) {
    if (isUniqueViolation(error)) return { created: false, emailed: false };
    throw error;
  }
  const email = note.email;
  const wanted = email && !recipient.disabledAt && recipient.emailOptOuts.length === 0 && mailConfigured();
  if (!email || !wanted) return { created: true, emailed: false };
  try {
    await sendMail({ to: recipient.email, subject: email.subject, text: email.text(recipient.name) });
    await db().notification.update({ where: { id }, data: { emailedAt: new Date() } });
    return { created: true, emailed: true };
  } catch (error) {
    // The notification stands in the app; the email is a courtesy.
    log.warn("notification.email_failed", { kind: note.kind, error });
    return { created: true, emailed: false };
  }
}

/**
 * The person's own notifications. A shared answer stays listed only while
 * they still run that cohort and it isn't archived (a withdrawn share, or an
 * answer deleted, takes its notification with it).
 */
function visibleTo(user: Pick<SessionUser, "id">) {
  return {
    userId: user.id,
    OR: [
      { shareCohortId: null },
      { share: { cohort: { archivedAt: null, facilitators: { some: { userId: user.id } } } } },
    ],
  };
}

export async function myNotifications(user: Pick<SessionUser, "id">): Promise<NotificationView[]> {
  const rows = await db().notification.findMany({
    where: visibleTo(user),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: NOTIFICATIONS_SHOWN,
    select: { id: true, kind: true, text: true, href: true, createdAt: true, readAt: true },
  });
  return rows.map(({ readAt, ...row }) => ({ ...row, read: readAt !== null }));
}

export async function unreadNotificationCount(user: Pick<SessionUser, "id">): Promise<number> {
  return db().notification.count({ where: { ...visibleTo(user), readAt: null } });
}

/** Marks one of the person's notifications read and says where it leads. */
export async function openNotification(user: Pick<SessionUser, "id">, id: string): Promise<string> {
  const row = await db().notification.findFirst({ where: { ...visibleTo(user), id }, select: { href: true } });
  if (!row) throw new NotFoundError(NOTIFICATION_GONE);
  await db().notification.updateMany({ where: { id, userId: user.id, readAt: null }, data: { readAt: new Date() } });
  return row.href;
}

/** Marks every notification of the person's read; returns how many were unread. */
export async function markAllNotificationsRead(user: Pick<SessionUser, "id">): Promise<number> {
  const { count } = await db().notification.updateMany({
    where: { userId: user.id, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}

/** A facilitator has the cohort's shared answers in front of them: the notices of these are read. */
export async function markSharedRead(
  user: Pick<SessionUser, "id">,
  cohortId: string,
  entryIds: string[],
): Promise<void> {
  if (entryIds.length === 0) return;
  await db().notification.updateMany({
    where: { userId: user.id, readAt: null, shareCohortId: cohortId, shareReflectionId: { in: entryIds } },
    data: { readAt: new Date() },
  });
}

/** Newly shared answers a facilitator has not opened yet, by cohort id (cohorts with none are absent). */
export async function unreadSharedByCohort(user: Pick<SessionUser, "id">): Promise<Map<string, number>> {
  const rows = await db().notification.groupBy({
    by: ["shareCohortId"],
    where: { ...visibleTo(user), kind: "shared", readAt: null, shareCohortId: { not: null } },
    _count: { _all: true },
  });
  return new Map(rows.flatMap((r) => (r.shareCohortId ? [[r.shareCohortId, r._count._all] as const] : [])));
}
