import "server-only";
// What the journal shows beside each entry besides the entry itself: who can
// see it (the cohorts it is shared with, and their facilitators), the
// learner's cohorts (to share with), and the replies to it. Reading only: a
// page that shows the replies marks them read itself, on purpose, with
// markRepliesRead(learner, unreadReplyEntryIds(extras)).
import type { SessionUser } from "../auth/session";
import { learnerCohorts, sharedCohorts, sharesOf, type SharingCohort } from "../cohorts/sharing";
import { repliesToMyEntries, type ReplyView } from "../cohorts/shared-reflections";
import { lookBacksAt } from "../lookbacks/look-backs";
import type { ModuleGroup } from "./placement";

export type JournalExtras = {
  /** Every cohort the learner is in, archived ones too. */
  cohorts: SharingCohort[];
  /** The cohorts each entry is shared with, by entry id (private entries are missing). */
  sharedWith: Map<string, SharingCohort[]>;
  replies: Map<string, ReplyView[]>;
  /** The look-back set at each entry, by entry id (entries without one are missing). */
  lookBacks: Map<string, { id: string; day: string; due: boolean; done: boolean }>;
};

export async function journalExtras(learner: SessionUser, entryIds: string[]): Promise<JournalExtras> {
  const [cohorts, shares, replies, lookBackViews] = await Promise.all([
    learnerCohorts(learner),
    sharesOf(learner, entryIds),
    repliesToMyEntries(learner, entryIds),
    lookBacksAt(learner, entryIds),
  ]);
  const lookBacks = new Map(
    [...lookBackViews].map(([entryId, v]) => [entryId, { id: v.id, day: v.day, due: v.due, done: v.doneAt !== null }]),
  );
  const sharedWith = new Map<string, SharingCohort[]>();
  for (const [entryId, list] of shares) {
    const named = sharedCohorts(list, cohorts);
    if (named.length > 0) sharedWith.set(entryId, named);
  }
  return { cohorts, sharedWith, replies, lookBacks };
}

/** The entries among these extras that have a reply the learner has not seen yet. */
export function unreadReplyEntryIds(extras: Pick<JournalExtras, "replies">): string[] {
  return [...extras.replies.entries()].filter(([, list]) => list.some((r) => !r.read)).map(([id]) => id);
}

export function idsInGroups(groups: ModuleGroup[]): string[] {
  return groups.flatMap((g) => g.lessons.flatMap((l) => l.prompts.flatMap((p) => p.entries.map((e) => e.id))));
}
