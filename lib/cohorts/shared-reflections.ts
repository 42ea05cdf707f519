import "server-only";
// Reflections learners chose to share, as their facilitators see them, and
// the facilitators' replies. An entry is readable by a facilitator only while
// it is shared and its author is in a (not archived) cohort they facilitate;
// un-sharing takes it, replies and all, out of every facilitator view at once.
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { getCourse } from "../course/catalog";
import { assertFacilitatorOf } from "./access";
import { AccessDeniedError } from "./errors";
import type { SharedCursor } from "./shared-cursor";

export const REPLY_MAX_CHARS = 1000;

export type ReplyView = { id: string; body: string; authorName: string; createdAt: Date; read: boolean };
export type SharedEntry = {
  id: string;
  learnerName: string;
  promptText: string;
  lessonTitle: string;
  body: string;
  sharedAt: Date;
  updatedAt: Date;
  replies: ReplyView[];
};

const REPLY_SELECT = {
  id: true,
  body: true,
  createdAt: true,
  readAt: true,
  author: { select: { name: true } },
} as const;

type ReplyRow = { id: string; body: string; createdAt: Date; readAt: Date | null; author: { name: string } };

function toReply(row: ReplyRow): ReplyView {
  return {
    id: row.id,
    body: row.body,
    authorName: row.author.name,
    createdAt: row.createdAt,
    read: row.readAt !== null,
  };
}

function lessonTitle(lessonKey: string): string {
  return getCourse().lessons.find((l) => l.key === lessonKey)?.title ?? "A lesson no longer in the course";
}

export const SHARED_PAGE_SIZE = 50;

export type SharedPage = {
  entries: SharedEntry[];
  /** How many entries are shared with the cohort in all. */
  total: number;
  /** How many come before this page (newer ones), so the page can say "51–100 of 120". */
  offset: number;
  /** Where the next (older) page starts, or null on the last page. */
  nextCursor: SharedCursor | null;
};

/**
 * One page of the entries shared with a cohort, newest shared first; equal
 * times are ordered by id, so paging by (sharedAt, id) never skips or repeats
 * an entry. `before` starts the page just after that entry.
 */
export async function sharedWithCohort(
  facilitator: SessionUser,
  cohortId: string,
  { before, pageSize = SHARED_PAGE_SIZE }: { before?: SharedCursor | null; pageSize?: number } = {},
): Promise<SharedPage> {
  await assertFacilitatorOf(facilitator, cohortId);
  const visible = {
    sharedAt: { not: null },
    user: { memberships: { some: { cohortId, cohort: { archivedAt: null } } } },
  };
  const [rows, total, offset] = await Promise.all([
    db().reflection.findMany({
      where: before
        ? {
            ...visible,
            OR: [{ sharedAt: { lt: before.sharedAt } }, { sharedAt: before.sharedAt, id: { gt: before.id } }],
          }
        : visible,
      orderBy: [{ sharedAt: "desc" }, { id: "asc" }],
      take: pageSize + 1,
      select: {
        id: true,
        promptText: true,
        lessonKey: true,
        body: true,
        sharedAt: true,
        updatedAt: true,
        user: { select: { name: true } },
        replies: { orderBy: { createdAt: "asc" }, select: REPLY_SELECT },
      },
    }),
    db().reflection.count({ where: visible }),
    before
      ? db().reflection.count({
          where: {
            ...visible,
            OR: [{ sharedAt: { gt: before.sharedAt } }, { sharedAt: before.sharedAt, id: { lte: before.id } }],
          },
        })
      : 0,
  ]);
  const shown = rows.slice(0, pageSize);
  const last = shown.at(-1);
  return {
    entries: shown.map((row) => ({
      id: row.id,
      learnerName: row.user.name,
      promptText: row.promptText,
      lessonTitle: lessonTitle(row.lessonKey),
      body: row.body,
      sharedAt: row.sharedAt ?? row.updatedAt,
      updatedAt: row.updatedAt,
      replies: row.replies.map(toReply),
    })),
    total,
    offset,
    nextCursor: rows.length > pageSize && last?.sharedAt ? { sharedAt: last.sharedAt, id: last.id } : null,
  };
}

/** True when `facilitator` may read (and reply to) this entry right now. */
export async function canFacilitatorRead(facilitator: SessionUser, reflectionId: string): Promise<boolean> {
  const row = await db().reflection.findFirst({
    where: {
      id: reflectionId,
      sharedAt: { not: null },
      user: {
        memberships: {
          some: { cohort: { archivedAt: null, facilitators: { some: { userId: facilitator.id } } } },
        },
      },
    },
    select: { id: true },
  });
  return row !== null;
}

export async function replyToReflection(
  facilitator: SessionUser,
  reflectionId: string,
  body: string,
): Promise<ReplyView> {
  if (!(await canFacilitatorRead(facilitator, reflectionId))) {
    throw new AccessDeniedError("This reflection is not shared with you (it may have just been made private).");
  }
  const reply = await db().reflectionReply.create({
    data: { reflectionId, authorId: facilitator.id, body },
    select: REPLY_SELECT,
  });
  return toReply(reply);
}

/** Replies to the learner's own entries, by entry id. */
export async function repliesToMyEntries(learner: SessionUser, entryIds?: string[]): Promise<Map<string, ReplyView[]>> {
  const rows = await db().reflectionReply.findMany({
    where: { reflection: { userId: learner.id, ...(entryIds ? { id: { in: entryIds } } : {}) } },
    orderBy: { createdAt: "asc" },
    select: { ...REPLY_SELECT, reflectionId: true },
  });
  const byEntry = new Map<string, ReplyView[]>();
  for (const row of rows) {
    const list = byEntry.get(row.reflectionId) ?? [];
    list.push(toReply(row));
    byEntry.set(row.reflectionId, list);
  }
  return byEntry;
}

export async function unreadReplyCount(learner: SessionUser): Promise<number> {
  return db().reflectionReply.count({ where: { readAt: null, reflection: { userId: learner.id } } });
}

export async function markRepliesRead(learner: SessionUser, entryIds: string[], now = new Date()): Promise<void> {
  if (entryIds.length === 0) return;
  await db().reflectionReply.updateMany({
    where: { readAt: null, reflectionId: { in: entryIds }, reflection: { userId: learner.id } },
    data: { readAt: now },
  });
}
