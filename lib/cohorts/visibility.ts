// Who can see a reflection, said plainly, and the sentences around sharing.
// Pure (no database, no zod), so the lesson island and the server pages say
// exactly the same thing. See docs/decisions/016-per-cohort-sharing.md.

/**
 * One of the learner's cohorts as sharing sees it: its name, whether it is
 * archived, and the names of the people who facilitate it (never the learner
 * themselves).
 */
export type SharingCohort = { id: string; name: string; archived: boolean; facilitators: string[] };

/** "A", "A and B", "A, B and C". */
export function formatList(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1) ?? ""}`;
}

/** The cohorts the learner can share with now: those of theirs that are not archived. */
export function shareable(cohorts: SharingCohort[]): SharingCohort[] {
  return cohorts.filter((c) => !c.archived);
}

/** Whether anyone but the learner can read what is shared with this cohort right now. */
export function hasReaders(cohort: SharingCohort): boolean {
  return !cohort.archived && cohort.facilitators.length > 0;
}

/** Why no one in these cohorts can read a shared entry for now. */
function silentReason(cohorts: SharingCohort[]): string {
  const one = cohorts.length === 1;
  if (cohorts.every((c) => c.archived)) return one ? "the cohort is archived" : "those cohorts are archived";
  if (cohorts.every((c) => !c.archived))
    return one ? "the cohort has no facilitator" : "those cohorts have no facilitator";
  return "those cohorts are archived or have no facilitator";
}

/**
 * The people who can read an entry shared with these cohorts, each with the
 * cohorts they facilitate: "Priya Raman (facilitator of Support team)",
 * "Priya Raman", "Sam Okafor (facilitators of Support team)". People who
 * facilitate the same cohorts are named together.
 */
function readerPhrases(cohorts: SharingCohort[]): string[] {
  const cohortsOf = new Map<string, string[]>();
  for (const cohort of cohorts.filter(hasReaders)) {
    for (const person of cohort.facilitators) {
      const list = cohortsOf.get(person) ?? [];
      if (!list.includes(cohort.name)) list.push(cohort.name);
      cohortsOf.set(person, list);
    }
  }
  const groups = new Map<string, { people: string[]; cohorts: string[] }>();
  for (const [person, names] of cohortsOf) {
    const key = JSON.stringify(names);
    const group = groups.get(key) ?? { people: [], cohorts: names };
    group.people.push(person);
    groups.set(key, group);
  }
  return [...groups.values()].flatMap(({ people, cohorts: names }) => {
    const role = people.length > 1 ? "facilitators" : "facilitator";
    const last = `${people.at(-1) ?? ""} (${role} of ${formatList(names)})`;
    return [...people.slice(0, -1), last];
  });
}

/**
 * The label every reflection carries. `sharedWith` is the cohorts the entry
 * is shared with (empty: private).
 */
export function visibilityLabel(sharedWith: SharingCohort[]): string {
  if (sharedWith.length === 0) return "Only you can see this.";
  const readers = readerPhrases(sharedWith);
  const silent = sharedWith.filter((c) => !hasReaders(c));
  const silentNames = formatList(silent.map((c) => c.name));
  if (readers.length === 0) {
    return `Shared with ${silentNames}, but no one else can see it for now: ${silentReason(silent)}.`;
  }
  const who = `${formatList(["You", ...readers])} can see this.`;
  if (silent.length === 0) return who;
  return `${who} It's also shared with ${silentNames}, but no one there can see it for now: ${silentReason(silent)}.`;
}

/** Who will be able to read an entry shared with this cohort, for the confirmation. */
export function readersSentence(cohort: SharingCohort): string {
  if (cohort.archived) return `${cohort.name} is archived, so no one there can read what you share for now.`;
  if (cohort.facilitators.length === 0) {
    return `${cohort.name} has no facilitator right now, so no one else can read it until someone runs the cohort.`;
  }
  const role = cohort.facilitators.length > 1 ? "its facilitators" : "its facilitator";
  return `${formatList(cohort.facilitators)} (${role}) will be able to read it and reply.`;
}

/** What the learner is told once an entry is shared with a cohort. */
export function sharedMessage(cohort: SharingCohort): string {
  if (!hasReaders(cohort)) return `Shared with ${cohort.name}. No one there can read it for now.`;
  return `Shared with ${cohort.name}. ${formatList(cohort.facilitators)} can read it now.`;
}

export const STOPPED_ALL_MESSAGE = "No longer shared. Only you can see this answer now.";

/**
 * What the learner is told once they stop sharing: `removed` names the
 * cohorts it was taken from, `remaining` counts the cohorts it is still
 * shared with.
 */
export function stoppedMessage(removed: string[], remaining: number): string {
  if (remaining === 0) return STOPPED_ALL_MESSAGE;
  if (removed.length === 0) return "It wasn't shared with that cohort, so nothing changed.";
  const whose = removed.length > 1 ? "Their" : "Its";
  return `Stopped sharing with ${formatList(removed)}. ${whose} facilitators can no longer read this answer.`;
}

/** Said where sharing would be, when the learner has no cohort to share with. */
export function noCohortMessage(cohorts: SharingCohort[]): string {
  if (cohorts.length > 0 && cohorts.every((c) => c.archived)) {
    const yours = cohorts.length === 1 ? "Your cohort is" : "Your cohorts are";
    return `${yours} archived, so there's no one to share this with right now. Your answer stays private.`;
  }
  return "Sharing needs a cohort. If a facilitator sends you an invite link, join their cohort and you can share an answer with them from here.";
}

/** An entry that isn't the learner's, or no longer exists: the same answer for both. */
export const ENTRY_GONE_MESSAGE = "That answer is no longer in your journal. It may have been deleted in another tab.";

/** A cohort the learner isn't in, or one that is archived or doesn't exist: the same answer for all. */
export const NOT_YOUR_COHORT_MESSAGE =
  "You can share only with a cohort you're in that isn't archived. Nothing was shared: reload the page to see your cohorts.";

/** The cohorts among `cohorts` whose ids are in `ids`, in the order of `cohorts`. */
export function cohortsWithIds(ids: readonly string[], cohorts: SharingCohort[]): SharingCohort[] {
  return cohorts.filter((c) => ids.includes(c.id));
}
