import "server-only";
// What the journal shows beside each entry besides the entry itself: who can
// see it (the cohorts it is shared with, and their facilitators), the
// learner's cohorts (to share with), and the replies to it (marked read once
// shown).
import type { SessionUser } from "../auth/session";
import { learnerCohorts, sharedCohorts, sharesOf, type SharingCohort } from "../cohorts/sharing";
import { markRepliesRead, repliesToMyEntries, type ReplyView } from "../cohorts/shared-reflections";
import type { ModuleGroup } from "./journal";

export type JournalExtras = {
  /** Every cohort the learner is in, archived ones too. */
  cohorts: SharingCohort[];
  /** The cohorts each entry is shared with, by entry id (private entries are missing). */
  sharedWith: Map<string, SharingCohort[]>;
  replies: Map<string, ReplyView[]>;
};

export async function journalExtras(learner: SessionUser, entryIds: string[]): Promise<JournalExtras> {
  const [cohorts, shares, replies] = await Promise.all([
    learnerCohorts(learner),
    sharesOf(learner, entryIds),
    repliesToMyEntries(learner, entryIds),
  ]);
  const sharedWith = new Map<string, SharingCohort[]>();
  for (const [entryId, list] of shares) {
    const named = sharedCohorts(list, cohorts);
    if (named.length > 0) sharedWith.set(entryId, named);
  }
  const unread = [...replies.entries()].filter(([, list]) => list.some((r) => !r.read)).map(([id]) => id);
  // The "New" marker shows on this view; afterwards they count as read.
  await markRepliesRead(learner, unread);
  return { cohorts, sharedWith, replies };
}

export function idsInGroups(groups: ModuleGroup[]): string[] {
  return groups.flatMap((g) => g.lessons.flatMap((l) => l.prompts.flatMap((p) => p.entries.map((e) => e.id))));
}
