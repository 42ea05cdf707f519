import "server-only";
// What the journal shows beside each entry besides the entry itself: who a
// shared entry reaches, and facilitators' replies (marked read once shown).
import type { SessionUser } from "../auth/session";
import { sharingAudience } from "../cohorts/membership";
import { markRepliesRead, repliesToMyEntries, type ReplyView } from "../cohorts/shared-reflections";
import type { ModuleGroup } from "./journal";

export type JournalExtras = { audience: string[]; replies: Map<string, ReplyView[]> };

export async function journalExtras(learner: SessionUser, entryIds: string[]): Promise<JournalExtras> {
  const [audience, replies] = await Promise.all([sharingAudience(learner), repliesToMyEntries(learner, entryIds)]);
  const unread = [...replies.entries()].filter(([, list]) => list.some((r) => !r.read)).map(([id]) => id);
  // The "New" marker shows on this view; afterwards they count as read.
  await markRepliesRead(learner, unread);
  return { audience, replies };
}

export function idsInGroups(groups: ModuleGroup[]): string[] {
  return groups.flatMap((g) => g.lessons.flatMap((l) => l.prompts.flatMap((p) => p.entries.map((e) => e.id))));
}
