import "server-only";
// The learner's journal: every answer they wrote, in course order or newest
// first, searchable and filterable. Every query has the learner's id in its
// `where`, so nothing here can show one learner another's words.
//
// Course order is not in the database (lessons live in content/), so a query
// first reads a few small columns of every matching entry, places and sorts
// them in memory, and only then reads the full text of the one page shown.
import { db } from "../db/client";
import { idsFilter } from "../db/id-list";
import type { SessionUser } from "../auth/session";
import { ENTRY_SELECT, toView } from "./reflections";
import {
  compareByCourse,
  courseIndex,
  groupByCourse,
  newestFirst,
  OTHER_MODULE,
  placeEntry,
  type JournalEntry,
  type ModuleGroup,
  type Placement,
  type Sortable,
} from "./placement";
import { getPrompts } from "../course/prompts";
import { matchesAll, normaliseQuery, searchWhere, searchWords } from "./search";

export const JOURNAL_PAGE_SIZE = 30;

export type Visibility = "private" | "shared";
export type JournalFilters = { q?: string; module?: string; visibility?: Visibility; page?: number };

export type FilterCounts = {
  /** Answers per visibility, within the chosen module and search. */
  visibility: { all: number; private: number; shared: number };
  /** Modules the learner has answers in (within the chosen visibility and search), in course order. */
  modules: { slug: string; title: string; number: number | null; count: number }[];
};

type PageInfo = {
  page: number;
  pageCount: number;
  perPage: number;
  /** Answers matching the filters. */
  total: number;
  /** Whether the learner has written anything at all. */
  hasAny: boolean;
  filters: { q: string; module: string | null; visibility: Visibility | null };
  counts: FilterCounts;
};

export type JournalPage = PageInfo & { groups: ModuleGroup[] };
export type TimelinePage = PageInfo & { entries: JournalEntry[] };

type Light = { id: string; shared: boolean; createdAt: Date; place: Placement };

const LIGHT_SELECT = {
  id: true,
  promptId: true,
  lessonKey: true,
  createdAt: true,
} as const;

/**
 * The question's wording as it was answered, for the answers whose question
 * has left the course: the only ones that show it (placeEntry). Reading it
 * for every answer cost the journal a string per row, thousands for a long
 * journal; the questions still in the course are a few dozen ids.
 */
async function wordingsOfRemovedQuestions(
  learner: SessionUser,
  rows: readonly { promptId: string }[],
): Promise<Map<string, string>> {
  const current = getPrompts();
  if (rows.every((row) => current.has(row.promptId))) return new Map();
  const removed = await db().reflection.findMany({
    where: { userId: learner.id, promptId: { notIn: [...current.keys()] } },
    select: { id: true, promptText: true },
  });
  return new Map(removed.map((row) => [row.id, row.promptText]));
}

/**
 * The ids of the learner's entries shared with any cohort, in one query by
 * owner: a nested `shares` select would send every entry id as a bound
 * parameter, past SQLite's limit for a learner with a few thousand entries.
 */
async function sharedIds(learner: SessionUser): Promise<Set<string>> {
  const rows = await db().reflectionShare.findMany({
    where: { reflection: { userId: learner.id } },
    select: { reflectionId: true },
  });
  return new Set(rows.map((r) => r.reflectionId));
}

async function lightEntries(learner: SessionUser, q: string): Promise<Light[]> {
  const words = searchWords(q);
  const shared = sharedIds(learner);
  const toLight =
    (sharedSet: Set<string>) =>
    (row: { id: string; promptId: string; lessonKey: string; promptText: string; createdAt: Date }) => ({
      id: row.id,
      shared: sharedSet.has(row.id),
      createdAt: row.createdAt,
      place: placeEntry(row),
    });
  if (words.length === 0) {
    const [rows, sharedSet] = await Promise.all([
      db().reflection.findMany({ where: { userId: learner.id }, select: LIGHT_SELECT }),
      shared,
    ]);
    const wordings = await wordingsOfRemovedQuestions(learner, rows);
    return rows.map((row) => toLight(sharedSet)({ ...row, promptText: wordings.get(row.id) ?? "" }));
  }
  // A search matches the question's wording too, so it reads it for every candidate.
  const [candidates, sharedSet] = await Promise.all([
    db().reflection.findMany({
      where: { userId: learner.id, ...searchWhere(words) },
      select: { ...LIGHT_SELECT, promptText: true, body: true },
    }),
    shared,
  ]);
  return candidates.filter((row) => matchesAll(row, words)).map(toLight(sharedSet));
}

function matchesVisibility(entry: Light, visibility: Visibility | null): boolean {
  if (visibility === "shared") return entry.shared;
  if (visibility === "private") return !entry.shared;
  return true;
}

function knownModule(slug: string | undefined, lights: Light[]): string | null {
  if (!slug) return null;
  if (slug === OTHER_MODULE) return lights.some((l) => !l.place.inCourse) ? OTHER_MODULE : null;
  return courseIndex().moduleOrder.has(slug) ? slug : null;
}

function countFilters(lights: Light[], moduleSlug: string | null, visibility: Visibility | null): FilterCounts {
  const inModule = lights.filter((l) => moduleSlug === null || l.place.moduleSlug === moduleSlug);
  const shared = inModule.filter((l) => l.shared).length;
  const perModule = new Map<string, FilterCounts["modules"][number]>();
  for (const l of lights) {
    if (!matchesVisibility(l, visibility)) continue;
    const found = perModule.get(l.place.moduleSlug);
    if (found) found.count += 1;
    else
      perModule.set(l.place.moduleSlug, {
        slug: l.place.moduleSlug,
        title: l.place.moduleTitle,
        number: l.place.moduleNumber,
        count: 1,
      });
  }
  const order = courseIndex().moduleOrder;
  const modules = [...perModule.values()].sort(
    (a, b) => (order.get(a.slug) ?? Number.MAX_SAFE_INTEGER) - (order.get(b.slug) ?? Number.MAX_SAFE_INTEGER),
  );
  return { visibility: { all: inModule.length, private: inModule.length - shared, shared }, modules };
}

async function selectPage(
  learner: SessionUser,
  filters: JournalFilters,
  order: (a: Sortable, b: Sortable) => number,
  perPage: number,
): Promise<PageInfo & { entries: JournalEntry[] }> {
  const q = normaliseQuery(filters.q);
  const lights = await lightEntries(learner, q);
  const moduleSlug = knownModule(filters.module, lights);
  const visibility = filters.visibility ?? null;
  const matching = lights
    .filter((l) => (moduleSlug === null || l.place.moduleSlug === moduleSlug) && matchesVisibility(l, visibility))
    .sort(order);

  const total = matching.length;
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const page = Math.min(Math.max(1, Math.floor(filters.page ?? 1)), pageCount);
  const slice = matching.slice((page - 1) * perPage, page * perPage);

  const sliceIds = slice.map((l) => l.id);
  const rows =
    slice.length === 0
      ? []
      : await db().reflection.findMany({
          where: { userId: learner.id, id: idsFilter(sliceIds) },
          select: ENTRY_SELECT,
        });
  const byId = new Map(rows.map((row) => [row.id, toView(row)]));
  const entries: JournalEntry[] = [];
  for (const light of slice) {
    const entry = byId.get(light.id);
    // Deleted between the two reads (another tab): simply not shown.
    if (entry) entries.push({ ...entry, place: light.place });
  }

  const hasAny =
    lights.length > 0 || (q !== "" && (await db().reflection.count({ where: { userId: learner.id } })) > 0);
  return {
    page,
    pageCount,
    perPage,
    total,
    hasAny,
    filters: { q, module: moduleSlug, visibility },
    counts: countFilters(lights, moduleSlug, visibility),
    entries,
  };
}

/** The journal in course order, one page of answers at a time. */
export async function journal(
  learner: SessionUser,
  filters: JournalFilters = {},
  perPage = JOURNAL_PAGE_SIZE,
): Promise<JournalPage> {
  const { entries, ...info } = await selectPage(learner, filters, compareByCourse, perPage);
  return { ...info, groups: groupByCourse(entries) };
}

/** Every answer, grouped in course order, on one page (for printing). */
export async function wholeJournal(learner: SessionUser): Promise<JournalPage> {
  return journal(learner, {}, Number.MAX_SAFE_INTEGER);
}

/** The same answers as a flat list, newest first. */
export async function timeline(
  learner: SessionUser,
  filters: JournalFilters = {},
  perPage = JOURNAL_PAGE_SIZE,
): Promise<TimelinePage> {
  return selectPage(learner, filters, newestFirst, perPage);
}

/** How many answers the learner has, and how many of them are shared with a cohort. */
export async function entryCounts(learner: SessionUser): Promise<{ all: number; shared: number }> {
  const [all, shared] = await Promise.all([
    db().reflection.count({ where: { userId: learner.id } }),
    db().reflection.count({ where: { userId: learner.id, shares: { some: {} } } }),
  ]);
  return { all, shared };
}
