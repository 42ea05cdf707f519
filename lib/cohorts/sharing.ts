import "server-only";
// A learner sharing one of their entries with one of their cohorts, and
// taking it back. Every query names the learner: an entry that isn't theirs
// and a cohort they aren't in look exactly like ones that don't exist.
// What a facilitator may then read is decided in shared-reflections.ts.
// See docs/decisions/016-per-cohort-sharing.md.
import { db } from "../db/client";
import { idsFilter, keepListed } from "../db/id-list";
import type { SessionUser } from "../auth/session";
import { NotFoundError, RuleError } from "../errors/errors";
import { ENTRY_GONE_MESSAGE, NOT_YOUR_COHORT_MESSAGE, shareable, type SharingCohort } from "./visibility";
import { currentTime } from "../time/clock";
import { isUniqueViolation } from "../db/unique";
import { env } from "../env";
import { notify } from "../notifications/notifications";

export type { SharingCohort } from "./visibility";

const COHORT_SELECT = {
  id: true,
  name: true,
  archivedAt: true,
  facilitators: { select: { userId: true, user: { select: { name: true } } }, orderBy: { addedAt: "asc" } },
} as const;

type CohortRow = {
  id: string;
  name: string;
  archivedAt: Date | null;
  facilitators: { userId: string; user: { name: string } }[];
};

function toSharingCohort(learner: SessionUser, row: CohortRow): SharingCohort {
  return {
    id: row.id,
    name: row.name,
    archived: row.archivedAt !== null,
    // A learner who also facilitates the cohort is not someone else who can read it.
    facilitators: row.facilitators.filter((f) => f.userId !== learner.id).map((f) => f.user.name),
  };
}

/**
 * Every cohort the learner is a member of, archived ones too (an entry shared
 * with one still says so), oldest membership first.
 */
export async function learnerCohorts(learner: SessionUser): Promise<SharingCohort[]> {
  const rows = await db().cohortMember.findMany({
    where: { userId: learner.id },
    orderBy: [{ joinedAt: "asc" }, { cohortId: "asc" }],
    select: { cohort: { select: COHORT_SELECT } },
  });
  return rows.map((row) => toSharingCohort(learner, row.cohort));
}

/** The cohorts the learner can share with now (their memberships in cohorts that are not archived). */
export async function cohortsToShareWith(learner: SessionUser): Promise<SharingCohort[]> {
  return shareable(await learnerCohorts(learner));
}

export type EntryShare = { cohortId: string; sharedAt: Date };

/** The cohorts each of the learner's entries is shared with, by entry id (entries not shared are left out). */
export async function sharesOf(learner: SessionUser, entryIds: string[]): Promise<Map<string, EntryShare[]>> {
  const byEntry = new Map<string, EntryShare[]>();
  if (entryIds.length === 0) return byEntry;
  const rows = await db().reflectionShare.findMany({
    where: { reflectionId: idsFilter(entryIds), reflection: { userId: learner.id } },
    orderBy: [{ sharedAt: "asc" }, { cohortId: "asc" }],
    select: { reflectionId: true, cohortId: true, sharedAt: true },
  });
  for (const row of keepListed(rows, entryIds, (r) => r.reflectionId)) {
    const list = byEntry.get(row.reflectionId) ?? [];
    list.push({ cohortId: row.cohortId, sharedAt: row.sharedAt });
    byEntry.set(row.reflectionId, list);
  }
  return byEntry;
}

/**
 * The learner's cohorts an entry is shared with, in the order of `cohorts`.
 * A share with a cohort the learner is no longer in grants nothing, so it is
 * not named.
 */
export function sharedCohorts(shares: EntryShare[] | undefined, cohorts: SharingCohort[]): SharingCohort[] {
  if (!shares?.length) return [];
  const ids = new Set(shares.map((s) => s.cohortId));
  return cohorts.filter((c) => ids.has(c.id));
}

export type ShareResult = { status: "shared"; cohort: SharingCohort; already: boolean };

/**
 * Shares one of the learner's own entries with one cohort they are a member
 * of and that is not archived. Sharing again changes nothing (the first
 * moment it was shared is kept). NotFoundError when the entry isn't theirs;
 * RuleError (about the cohort field) when the cohort isn't one of theirs.
 */
export async function shareEntry(
  learner: SessionUser,
  entryId: string,
  cohortId: string,
  now = currentTime(),
): Promise<ShareResult> {
  const [entry, membership] = await Promise.all([
    db().reflection.findFirst({ where: { id: entryId, userId: learner.id }, select: { id: true } }),
    db().cohortMember.findFirst({
      where: { cohortId, userId: learner.id, cohort: { archivedAt: null } },
      select: { cohort: { select: COHORT_SELECT } },
    }),
  ]);
  if (!entry) throw new NotFoundError(ENTRY_GONE_MESSAGE);
  if (!membership) throw new RuleError(NOT_YOUR_COHORT_MESSAGE, { field: "cohortId" });
  const cohort = toSharingCohort(learner, membership.cohort);
  const existing = await db().reflectionShare.findUnique({
    where: { reflectionId_cohortId: { reflectionId: entryId, cohortId } },
    select: { cohortId: true },
  });
  if (existing) return { status: "shared", cohort, already: true };
  try {
    await db().reflectionShare.create({ data: { reflectionId: entryId, cohortId, sharedAt: now } });
  } catch (error) {
    // A double click: the other request shared it a moment ago.
    if (!isUniqueViolation(error)) throw error;
    return { status: "shared", cohort, already: true };
  }
  await tellFacilitators(learner, entryId, cohortId);
  return { status: "shared", cohort, already: false };
}

/** A notification (and email) to each facilitator of the cohort: an answer is waiting for them. */
async function tellFacilitators(learner: SessionUser, entryId: string, cohortId: string): Promise<void> {
  const [entry, cohort] = await Promise.all([
    db().reflection.findUniqueOrThrow({ where: { id: entryId }, select: { promptText: true } }),
    db().cohort.findUniqueOrThrow({
      where: { id: cohortId },
      select: { name: true, facilitators: { select: { userId: true } } },
    }),
  ]);
  const href = `/facilitator/cohorts/${encodeURIComponent(cohortId)}/reflections`;
  const text = `${learner.name} shared an answer to “${entry.promptText}” in ${cohort.name}.`;
  for (const { userId } of cohort.facilitators) {
    if (userId === learner.id) continue;
    await notify({
      userId,
      kind: "shared",
      key: `shared:${entryId}:${cohortId}:${userId}`,
      text,
      href,
      about: { share: { reflectionId: entryId, cohortId } },
      email: {
        subject: `New answer shared in ${cohort.name}`,
        // The answer itself stays in the app, behind the facilitator's sign-in.
        text: (name) =>
          [`Hello ${name},`, "", text, "", "Read it and reply:", `${env().appUrl}${href}`, "", "— It Takes Two"].join(
            "\n",
          ),
      },
    });
  }
}

export type StopResult = { status: "stopped"; removed: string[]; remaining: number };

/**
 * Stops sharing one of the learner's entries with one cohort, or with every
 * cohort when `cohortId` is null. `removed` names the cohorts it was taken
 * from; stopping what wasn't shared removes nothing and is not an error.
 * NotFoundError when the entry isn't theirs.
 */
export async function stopSharing(learner: SessionUser, entryId: string, cohortId: string | null): Promise<StopResult> {
  const entry = await db().reflection.findFirst({ where: { id: entryId, userId: learner.id }, select: { id: true } });
  if (!entry) throw new NotFoundError(ENTRY_GONE_MESSAGE);
  const where = { reflectionId: entryId, reflection: { userId: learner.id }, ...(cohortId ? { cohortId } : {}) };
  // The names are only for the message; the delete is what counts.
  const rows = await db().reflectionShare.findMany({ where, select: { cohort: { select: { name: true } } } });
  await db().reflectionShare.deleteMany({ where });
  const remaining = await db().reflectionShare.count({ where: { reflectionId: entryId } });
  return { status: "stopped", removed: rows.map((row) => row.cohort.name), remaining };
}

/** How many of the learner's entries are shared with each cohort, by cohort id. */
export async function sharedCountsByCohort(learner: SessionUser): Promise<Map<string, number>> {
  const rows = await db().reflectionShare.findMany({
    where: { reflection: { userId: learner.id } },
    select: { cohortId: true },
  });
  const counts = new Map<string, number>();
  for (const { cohortId } of rows) counts.set(cohortId, (counts.get(cohortId) ?? 0) + 1);
  return counts;
}

/** The cohorts one of the learner's entries is shared with now (ids), or null when it isn't theirs. */
export async function entrySharedWith(learner: SessionUser, entryId: string): Promise<string[] | null> {
  const entry = await db().reflection.findFirst({
    where: { id: entryId, userId: learner.id },
    select: { shares: { orderBy: [{ sharedAt: "asc" }, { cohortId: "asc" }], select: { cohortId: true } } },
  });
  return entry ? entry.shares.map((s) => s.cohortId) : null;
}
