import "server-only";
// Reflections learners chose to share with a cohort, as that cohort's
// facilitators see them, and the replies written in it. A facilitator reads
// an entry only while it is shared with a cohort they facilitate, that
// cohort is not archived and the entry's author is still its member; they
// see and write replies only in that cohort. Stopping sharing (or leaving
// the cohort) takes the entry, replies and all, out of that cohort's view at
// once. See docs/decisions/016-per-cohort-sharing.md.
import { db } from "../db/client";
import { idsFilter, inChunks, keepListed } from "../db/id-list";
import type { SessionUser } from "../auth/session";
import { getCourse } from "../course/catalog";
import { assertFacilitatorOf } from "./access";
import { NotFoundError } from "../errors/errors";
import type { SharedCursor } from "./shared-cursor";
import { env } from "../env";
import { notify } from "../notifications/notifications";
import { journalPromptPath } from "../reflections/paths";

export const REPLY_MAX_CHARS = 1000;

export type ReplyView = {
  id: string;
  body: string;
  authorName: string;
  /** The cohort it was written in, or null when that cohort is gone. */
  cohortName: string | null;
  createdAt: Date;
  read: boolean;
};
export type SharedEntry = {
  id: string;
  learnerName: string;
  promptText: string;
  lessonTitle: string;
  body: string;
  /** When it was shared with this cohort. */
  sharedAt: Date;
  updatedAt: Date;
  /** The replies written in this cohort. */
  replies: ReplyView[];
};

export const NOT_SHARED_WITH_YOU = "This reflection is not shared with you (it may have just been made private).";

const REPLY_SELECT = {
  id: true,
  body: true,
  createdAt: true,
  readAt: true,
  author: { select: { name: true } },
  cohort: { select: { name: true } },
} as const;

type ReplyRow = {
  id: string;
  body: string;
  createdAt: Date;
  readAt: Date | null;
  author: { name: string };
  cohort: { name: string } | null;
};

function toReply(row: ReplyRow): ReplyView {
  return {
    id: row.id,
    body: row.body,
    authorName: row.author.name,
    cohortName: row.cohort?.name ?? null,
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
 * The shares a cohort's facilitators may read: shared with the cohort, the
 * cohort not archived, the author still its member.
 */
function readableIn(cohortId: string) {
  return {
    cohortId,
    cohort: { archivedAt: null },
    reflection: { user: { memberships: { some: { cohortId } } } },
  };
}

/**
 * One page of the entries shared with a cohort, newest shared first; equal
 * times are ordered by entry id, so paging by (share.sharedAt, reflectionId)
 * never skips or repeats an entry. `before` starts the page just after that
 * entry.
 */
export async function sharedWithCohort(
  facilitator: SessionUser,
  cohortId: string,
  { before, pageSize = SHARED_PAGE_SIZE }: { before?: SharedCursor | null; pageSize?: number } = {},
): Promise<SharedPage> {
  await assertFacilitatorOf(facilitator, cohortId);
  const visible = readableIn(cohortId);
  const [rows, total, offset] = await Promise.all([
    db().reflectionShare.findMany({
      where: before
        ? {
            ...visible,
            OR: [{ sharedAt: { lt: before.sharedAt } }, { sharedAt: before.sharedAt, reflectionId: { gt: before.id } }],
          }
        : visible,
      orderBy: [{ sharedAt: "desc" }, { reflectionId: "asc" }],
      take: pageSize + 1,
      select: {
        sharedAt: true,
        reflection: {
          select: {
            id: true,
            promptText: true,
            lessonKey: true,
            body: true,
            updatedAt: true,
            user: { select: { name: true } },
            replies: { where: { cohortId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: REPLY_SELECT },
          },
        },
      },
    }),
    db().reflectionShare.count({ where: visible }),
    before
      ? db().reflectionShare.count({
          where: {
            ...visible,
            OR: [
              { sharedAt: { gt: before.sharedAt } },
              { sharedAt: before.sharedAt, reflectionId: { lte: before.id } },
            ],
          },
        })
      : 0,
  ]);
  const shown = rows.slice(0, pageSize);
  const last = shown.at(-1);
  return {
    entries: shown.map(({ sharedAt, reflection }) => ({
      id: reflection.id,
      learnerName: reflection.user.name,
      promptText: reflection.promptText,
      lessonTitle: lessonTitle(reflection.lessonKey),
      body: reflection.body,
      sharedAt,
      updatedAt: reflection.updatedAt,
      replies: reflection.replies.map(toReply),
    })),
    total,
    offset,
    nextCursor: rows.length > pageSize && last ? { sharedAt: last.sharedAt, id: last.reflection.id } : null,
  };
}

/** True when `facilitator` may read (and reply to) this entry in this cohort right now. */
export async function canFacilitatorRead(
  facilitator: SessionUser,
  cohortId: string,
  reflectionId: string,
): Promise<boolean> {
  // An id from a form is parsed by its schema, but this is the one check:
  // PostgreSQL refuses a NUL in a query, and no id of ours holds one.
  if (cohortId.includes("\u0000") || reflectionId.includes("\u0000")) return false;
  const row = await db().reflectionShare.findFirst({
    where: {
      ...readableIn(cohortId),
      reflectionId,
      cohort: { archivedAt: null, facilitators: { some: { userId: facilitator.id } } },
    },
    select: { cohortId: true },
  });
  return row !== null;
}

/** A reply in one cohort, to an entry shared with it; refused unless the facilitator may read it there. */
export async function replyToReflection(
  facilitator: SessionUser,
  cohortId: string,
  reflectionId: string,
  body: string,
): Promise<ReplyView> {
  if (!(await canFacilitatorRead(facilitator, cohortId, reflectionId))) {
    throw new NotFoundError(NOT_SHARED_WITH_YOU);
  }
  const reply = await db().reflectionReply.create({
    data: { reflectionId, authorId: facilitator.id, cohortId, body },
    select: { ...REPLY_SELECT, reflection: { select: { userId: true, promptId: true, promptText: true } } },
  });
  const { reflection } = reply;
  const text = `${facilitator.name} replied to your answer to “${reflection.promptText}”.`;
  const href = journalPromptPath(reflection.promptId);
  await notify({
    userId: reflection.userId,
    kind: "reply",
    key: `reply:${reply.id}`,
    text,
    href,
    about: { replyId: reply.id },
    email: {
      subject: `${facilitator.name} replied to your answer`,
      text: (name) =>
        [
          `Hello ${name},`,
          "",
          text,
          "",
          "Read the reply in your journal:",
          `${env().appUrl}${href}`,
          "",
          "— It Takes Two",
        ].join("\n"),
    },
  });
  return toReply(reply);
}

/** Replies to the learner's own entries, by entry id. */
export async function repliesToMyEntries(learner: SessionUser, entryIds?: string[]): Promise<Map<string, ReplyView[]>> {
  const rows = await db().reflectionReply.findMany({
    where: { reflection: { userId: learner.id, ...(entryIds ? { id: idsFilter(entryIds) } : {}) } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { ...REPLY_SELECT, reflectionId: true },
  });
  const byEntry = new Map<string, ReplyView[]>();
  for (const row of entryIds ? keepListed(rows, entryIds, (r) => r.reflectionId) : rows) {
    const list = byEntry.get(row.reflectionId) ?? [];
    list.push(toReply(row));
    byEntry.set(row.reflectionId, list);
  }
  return byEntry;
}

export async function unreadReplyCount(learner: SessionUser): Promise<number> {
  return db().reflectionReply.count({ where: { readAt: null, reflection: { userId: learner.id } } });
}

/** Marks the replies to these entries of the learner's own as read: call it once the learner has seen them. */
export async function markRepliesRead(learner: SessionUser, entryIds: string[], now = new Date()): Promise<void> {
  for (const chunk of inChunks(entryIds)) {
    await db().reflectionReply.updateMany({
      where: { readAt: null, reflectionId: { in: chunk }, reflection: { userId: learner.id } },
      data: { readAt: now },
    });
    // Seen where they are: their notifications are read too.
    await db().notification.updateMany({
      where: { userId: learner.id, readAt: null, reply: { reflectionId: { in: chunk } } },
      data: { readAt: now },
    });
  }
}
