import "server-only";
// A learner's reflections. Every read and write takes the learner and puts
// their id in the `where` clause, so an entry stays theirs even if a check
// above is forgotten. Sharing an entry, and facilitators' access to shared
// entries, live in lib/cohorts (sharing.ts, shared-reflections.ts).
import { db } from "../db/client";
import { erase } from "../db/erase";
import { NotFoundError } from "../errors/errors";
import { ENTRY_GONE_MESSAGE } from "../cohorts/visibility";
import type { SessionUser } from "../auth/session";
import { REVISION_GAP_MS } from "./limits";
import type { SaveReflection } from "./schemas";
import { isUniqueViolation } from "../db/unique";

/**
 * One entry as its author sees it. Who it is shared with is not part of it:
 * the autosave answers with this, and must not load more than the row
 * (lib/cohorts/sharing.ts reads the shares where a page shows them).
 */
export type EntryView = {
  id: string;
  promptId: string;
  lessonKey: string;
  promptText: string;
  body: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

export const ENTRY_SELECT = {
  id: true,
  promptId: true,
  lessonKey: true,
  promptText: true,
  body: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

/** A plain object with exactly the fields of an entry (a row may carry more). */
export function toView(row: EntryView): EntryView {
  const { id, promptId, lessonKey, promptText, body, version, createdAt, updatedAt } = row;
  return { id, promptId, lessonKey, promptText, body, version, createdAt, updatedAt };
}

/** What is saved: the learner's text, and the question as the course words it. */
export type SaveInput = Omit<SaveReflection, "promptText"> & { promptText: string };

/** A save that went through, or the newer text it would have overwritten. */
export type SaveResult = { status: "saved" | "conflict"; entry: EntryView };

/** An id that is someone else's, or was deleted: the same answer for both. */
const NO_SUCH_ENTRY = "There is no such entry in your journal.";

/**
 * The usual autosave in one statement: the learner's own entry, still at the
 * version the text started from, with a different text, last saved within the
 * revision gap (so no revision is due). Anything else — a new entry, a retry,
 * a conflict, a revision to keep — returns null and takes the full path below,
 * which reads the entry first. Nothing is written unless every condition holds.
 */
async function quickSave(learner: SessionUser, id: string, input: SaveInput, now: Date): Promise<EntryView | null> {
  // The hottest statement in the app, written out: through Prisma's query
  // compiler it cost more than the database's own work (decision 056). The
  // placeholders appear in order, as SQLite numbers them by first use.
  const [row] = await db().$queryRawUnsafe<EntryView[]>(
    `UPDATE "Reflection" SET "body" = $1, "version" = "version" + 1, "updatedAt" = $2
     WHERE "id" = $3 AND "userId" = $4 AND "version" = $5 AND "body" <> $1 AND "updatedAt" > $6
     RETURNING "id", "promptId", "lessonKey", "promptText", "body", "version", "createdAt", "updatedAt"`,
    input.body,
    now,
    id,
    learner.id,
    input.baseVersion,
    new Date(now.getTime() - REVISION_GAP_MS),
  );
  return row ? toView(row) : null;
}

/**
 * Saves one answer. `baseVersion` is the version the learner's text started
 * from (0 for a new entry). Saving the same text twice is harmless (a retry
 * after a lost reply); saving over a newer version is a conflict and changes
 * nothing. NotFoundError when the id is someone else's, or the entry was
 * deleted since the learner's text started from it.
 */
export async function saveReflection(
  learner: SessionUser,
  id: string,
  input: SaveInput,
  now = new Date(),
): Promise<SaveResult> {
  if (input.baseVersion > 0) {
    const quick = await quickSave(learner, id, input, now);
    if (quick) return { status: "saved", entry: quick };
  }
  const current = await db().reflection.findFirst({ where: { id, userId: learner.id }, select: ENTRY_SELECT });
  if (!current) {
    if (input.baseVersion !== 0) throw new NotFoundError(NO_SUCH_ENTRY);
    try {
      const created = await db().reflection.create({
        data: {
          id,
          userId: learner.id,
          promptId: input.promptId,
          lessonKey: input.lessonKey,
          promptText: input.promptText,
          body: input.body,
          createdAt: now,
          updatedAt: now,
        },
        select: ENTRY_SELECT,
      });
      return { status: "saved", entry: toView(created) };
    } catch (error) {
      // Either a racing retry of this same save, or an id that is someone else's.
      if (!isUniqueViolation(error)) throw error;
      const again = await db().reflection.findFirst({ where: { id, userId: learner.id }, select: ENTRY_SELECT });
      if (!again) throw new NotFoundError(NO_SUCH_ENTRY);
      return again.body === input.body
        ? { status: "saved", entry: toView(again) }
        : { status: "conflict", entry: toView(again) };
    }
  }

  if (current.version !== input.baseVersion) {
    // The same text arriving again is a retry of a save that already landed.
    if (current.body === input.body) return { status: "saved", entry: toView(current) };
    return { status: "conflict", entry: toView(current) };
  }
  if (current.body === input.body) return { status: "saved", entry: toView(current) };

  const keepRevision = now.getTime() - current.updatedAt.getTime() >= REVISION_GAP_MS;
  const where = { id, userId: learner.id, version: input.baseVersion };
  const data = { body: input.body, version: { increment: 1 }, updatedAt: now };
  let updated = false;
  if (keepRevision) {
    // The earlier text becomes a revision in the same transaction as the edit.
    updated = await db().$transaction(async (tx) => {
      const result = await tx.reflection.updateMany({ where, data });
      if (result.count === 0) return false;
      await tx.reflectionRevision.create({
        data: { reflectionId: id, version: current.version, body: current.body, savedAt: current.updatedAt },
      });
      return true;
    });
  } else {
    // The usual autosave: one conditional statement, no transaction. The
    // version check in `where` is what keeps a stale tab from overwriting.
    updated = (await db().reflection.updateMany({ where, data })).count === 1;
  }
  if (updated) {
    return {
      status: "saved",
      entry: toView({ ...current, body: input.body, version: input.baseVersion + 1, updatedAt: now }),
    };
  }
  // Another save won the race between our read and our write.
  const latest = await db().reflection.findFirst({ where: { id, userId: learner.id }, select: ENTRY_SELECT });
  if (!latest) throw new NotFoundError(NO_SUCH_ENTRY);
  return latest.body === input.body
    ? { status: "saved", entry: toView(latest) }
    : { status: "conflict", entry: toView(latest) };
}

/** An entry with the ids of the cohorts it is shared with (oldest share first). */
export type SharedEntryView = EntryView & { sharedWith: string[] };

/** The learner's entries for the prompts of one lesson, newest first, with who each is shared with. */
export async function entriesForLesson(learner: SessionUser, lessonKey: string): Promise<SharedEntryView[]> {
  const rows = await db().reflection.findMany({
    where: { userId: learner.id, lessonKey },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      ...ENTRY_SELECT,
      shares: { orderBy: [{ sharedAt: "asc" }, { cohortId: "asc" }], select: { cohortId: true } },
    },
    take: 500,
  });
  return rows.map(({ shares, ...row }) => ({ ...toView(row), sharedWith: shares.map((s) => s.cohortId) }));
}

export type Revision = { version: number; body: string; savedAt: Date };

/**
 * Deletes the learner's entries that `where` picks, with their earlier
 * versions and the replies to them, leaving none of the text in the database
 * files (lib/db/erase.ts). Children go by name: see erase() on foreign keys.
 */
async function eraseEntries(where: { userId: string; id?: string }): Promise<number> {
  return erase(async (tx) => {
    await tx.lookBack.deleteMany({ where: { reflection: where } });
    await tx.reflectionRevision.deleteMany({ where: { reflection: where } });
    await tx.reflectionReply.deleteMany({ where: { reflection: where } });
    await tx.reflectionShare.deleteMany({ where: { reflection: where } });
    return (await tx.reflection.deleteMany({ where })).count;
  });
}

/** Deletes one of the learner's own entries; NotFoundError when none of theirs has that id. */
export async function deleteEntry(learner: SessionUser, id: string): Promise<void> {
  if ((await eraseEntries({ id, userId: learner.id })) === 0) throw new NotFoundError(ENTRY_GONE_MESSAGE);
}

export async function deleteAllEntries(learner: SessionUser): Promise<number> {
  return eraseEntries({ userId: learner.id });
}
