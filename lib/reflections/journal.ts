import "server-only";
// The learner's journal: every answer they wrote, in course order or newest
// first, searchable and filterable. Every query has the learner's id in its
// `where`, so nothing here can show one learner another's words.
//
// Course order is not in the database (lessons live in content/). Without a
// search, the answers are counted by question in SQL, the questions placed in
// course order in memory, and only the page's rows read. A search reads a few
// small columns of every candidate, places and sorts them in memory, and only
// then reads the full text of the one page shown.
import { db } from "../db/client";
import { idsFilter } from "../db/id-list";
import type { SessionUser } from "../auth/session";
import { ENTRY_SELECT, toView, type EntryView } from "./reflections";
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

/** The module filter, if it names a module the learner can choose (removed questions only when there are some). */
function knownModule(slug: string | undefined, hasRemoved: boolean): string | null {
  if (!slug) return null;
  if (slug === OTHER_MODULE) return hasRemoved ? OTHER_MODULE : null;
  return courseIndex().moduleOrder.has(slug) ? slug : null;
}

/** The counts of the filters for entries placed one by one (a search): each entry a group of its own. */
function countFilters(lights: Light[], moduleSlug: string | null, visibility: Visibility | null): FilterCounts {
  return groupCounts(
    lights.map((l) => ({ place: l.place, all: 1, shared: l.shared ? 1 : 0 })),
    moduleSlug,
    visibility,
  );
}

/** One page of the journal: counted in SQL without a search, worked out in memory with one. */
async function selectPage(
  learner: SessionUser,
  filters: JournalFilters,
  view: "course" | "newest",
  perPage: number,
): Promise<PageInfo & { entries: JournalEntry[] }> {
  const q = normaliseQuery(filters.q);
  return q === ""
    ? selectPageByGroups(learner, filters, view, perPage)
    : selectSearchPage(learner, filters, q, view === "course" ? compareByCourse : newestFirst, perPage);
}

/**
 * A search matches words in the text, which SQL can only narrow down
 * (lib/reflections/search.ts): the candidates are read, matched and placed in
 * memory, and the page is cut from them.
 */
async function selectSearchPage(
  learner: SessionUser,
  filters: JournalFilters,
  q: string,
  order: (a: Sortable, b: Sortable) => number,
  perPage: number,
): Promise<PageInfo & { entries: JournalEntry[] }> {
  const lights = await lightEntries(learner, q);
  const moduleSlug = knownModule(
    filters.module,
    lights.some((l) => !l.place.inCourse),
  );
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

// ---------------------------------------------------------------------------
// Without a search: counted by question in SQL, and only the page's rows read.
//
// Everything the default views need from the rows not shown — how many
// answers each question has, and how many of them are shared — comes from
// two grouped counts (a few dozen rows however long the journal is). The
// groups are placed and ordered in memory, exactly as single entries are
// above; the page is then read with LIMIT and OFFSET per question (course
// order) or over the whole filter (newest first), on the indexes
// (userId, promptId, createdAt) and (userId, createdAt).
// ---------------------------------------------------------------------------

/** The answers to one question (one lesson's, for a question no longer in the course). */
type Group = { place: Placement; all: number; shared: number };

const newestFirstOrder = () => [{ createdAt: "desc" as const }, { id: "asc" as const }];

async function answerGroups(learner: SessionUser): Promise<Group[]> {
  const [all, shared] = await Promise.all([
    db().reflection.groupBy({ by: ["promptId", "lessonKey"], where: { userId: learner.id }, _count: { _all: true } }),
    db().reflection.groupBy({
      by: ["promptId", "lessonKey"],
      where: { userId: learner.id, shares: { some: {} } },
      _count: { _all: true },
    }),
  ]);
  const sharedCount = new Map(shared.map((row) => [`${row.promptId}\n${row.lessonKey}`, row._count._all]));
  const groups = new Map<string, Group>();
  for (const row of all) {
    // The wording is only shown for a removed question, and read with the page's rows.
    const place = placeEntry({ promptId: row.promptId, lessonKey: row.lessonKey, promptText: "" });
    // A question still in the course is one group wherever its answers were written.
    const key = place.inCourse ? place.promptId : `${row.promptId}\n${row.lessonKey}`;
    const group = groups.get(key) ?? { place, all: 0, shared: 0 };
    group.all += row._count._all;
    group.shared += sharedCount.get(`${row.promptId}\n${row.lessonKey}`) ?? 0;
    groups.set(key, group);
  }
  return [...groups.values()];
}

function countIn(group: Group, visibility: Visibility | null): number {
  if (visibility === "shared") return group.shared;
  if (visibility === "private") return group.all - group.shared;
  return group.all;
}

function visibilityWhere(visibility: Visibility | null) {
  if (visibility === "shared") return { shares: { some: {} } };
  if (visibility === "private") return { shares: { none: {} } };
  return {};
}

/** The rows of one group, in the database's terms. */
function groupWhere(group: Group) {
  const { place } = group;
  return place.inCourse ? { promptId: place.promptId } : { promptId: place.promptId, lessonKey: place.lessonKey };
}

/** The rows of a module filter, in the database's terms. */
function moduleWhere(moduleSlug: string | null) {
  if (moduleSlug === null) return {};
  const prompts = [...getPrompts().values()];
  if (moduleSlug === OTHER_MODULE) return { promptId: { notIn: prompts.map((p) => p.id) } };
  return { promptId: { in: prompts.filter((p) => p.lesson.moduleSlug === moduleSlug).map((p) => p.id) } };
}

function groupCounts(groups: Group[], moduleSlug: string | null, visibility: Visibility | null): FilterCounts {
  let all = 0;
  let shared = 0;
  const perModule = new Map<string, FilterCounts["modules"][number]>();
  for (const { place, ...group } of groups) {
    if (moduleSlug === null || place.moduleSlug === moduleSlug) {
      all += group.all;
      shared += group.shared;
    }
    const count = countIn({ place, ...group }, visibility);
    if (count === 0) continue;
    const found = perModule.get(place.moduleSlug);
    if (found) found.count += count;
    else
      perModule.set(place.moduleSlug, {
        slug: place.moduleSlug,
        title: place.moduleTitle,
        number: place.moduleNumber,
        count,
      });
  }
  const order = courseIndex().moduleOrder;
  const modules = [...perModule.values()].sort(
    (a, b) => (order.get(a.slug) ?? Number.MAX_SAFE_INTEGER) - (order.get(b.slug) ?? Number.MAX_SAFE_INTEGER),
  );
  return { visibility: { all, private: all - shared, shared }, modules };
}

const EPOCH = new Date(0);

/** The page's rows in course order: for each question the window overlaps, its part of the window. */
async function coursePageRows(
  learner: SessionUser,
  groups: Group[],
  visibility: Visibility | null,
  start: number,
  end: number,
): Promise<EntryView[]> {
  const ordered = groups
    .map((group) => ({ group, sortable: { id: "", createdAt: EPOCH, place: group.place } }))
    .sort((a, b) => compareByCourse(a.sortable, b.sortable))
    .map(({ group }) => group);
  const reads: Promise<EntryView[]>[] = [];
  let before = 0;
  for (const group of ordered) {
    const count = countIn(group, visibility);
    const from = Math.max(start, before);
    const to = Math.min(end, before + count);
    if (from < to)
      reads.push(
        db().reflection.findMany({
          where: { userId: learner.id, ...groupWhere(group), ...visibilityWhere(visibility) },
          orderBy: newestFirstOrder(),
          skip: from - before,
          take: to - from,
          select: ENTRY_SELECT,
        }),
      );
    before += count;
    if (before >= end) break;
  }
  return (await Promise.all(reads)).flat();
}

async function selectPageByGroups(
  learner: SessionUser,
  filters: JournalFilters,
  view: "course" | "newest",
  perPage: number,
): Promise<PageInfo & { entries: JournalEntry[] }> {
  const groups = await answerGroups(learner);
  const moduleSlug = knownModule(
    filters.module,
    groups.some((g) => !g.place.inCourse),
  );
  const visibility = filters.visibility ?? null;
  const chosen = groups.filter((g) => moduleSlug === null || g.place.moduleSlug === moduleSlug);
  const total = chosen.reduce((sum, g) => sum + countIn(g, visibility), 0);
  const pageCount = Math.max(1, Math.ceil(total / perPage));
  const page = Math.min(Math.max(1, Math.floor(filters.page ?? 1)), pageCount);
  const start = (page - 1) * perPage;
  const end = Math.min(total, page * perPage);

  const rows =
    start >= end
      ? []
      : view === "course"
        ? await coursePageRows(learner, chosen, visibility, start, end)
        : await db().reflection.findMany({
            where: { userId: learner.id, ...moduleWhere(moduleSlug), ...visibilityWhere(visibility) },
            orderBy: newestFirstOrder(),
            skip: start,
            take: end - start,
            select: ENTRY_SELECT,
          });
  const entries = rows.map((row) => ({ ...toView(row), place: placeEntry(row) }));
  return {
    page,
    pageCount,
    perPage,
    total,
    hasAny: groups.length > 0,
    filters: { q: "", module: moduleSlug, visibility },
    counts: groupCounts(groups, moduleSlug, visibility),
    entries,
  };
}

/** The journal in course order, one page of answers at a time. */
export async function journal(
  learner: SessionUser,
  filters: JournalFilters = {},
  perPage = JOURNAL_PAGE_SIZE,
): Promise<JournalPage> {
  const { entries, ...info } = await selectPage(learner, filters, "course", perPage);
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
  return selectPage(learner, filters, "newest", perPage);
}

/** How many answers the learner has, and how many of them are shared with a cohort. */
export async function entryCounts(learner: SessionUser): Promise<{ all: number; shared: number }> {
  const [all, shared] = await Promise.all([
    db().reflection.count({ where: { userId: learner.id } }),
    db().reflection.count({ where: { userId: learner.id, shares: { some: {} } } }),
  ]);
  return { all, shared };
}
