import "server-only";
// The learner's journal: every answer they wrote, in course order or newest
// first, searchable and filterable. Every query has the learner's id in its
// `where`, so nothing here can show one learner another's words.
//
// Course order is not in the database (lessons live in content/), so a query
// first reads a few small columns of every matching entry, places and sorts
// them in memory, and only then reads the full text of the one page shown.
import { db, dbProvider } from "../db/client";
import type { SessionUser } from "../auth/session";
import { getCourse, type Lesson } from "../course/catalog";
import { getPrompts } from "../course/prompts";
import { ENTRY_SELECT, toView, type EntryView, type Revision } from "./reflections";

export const JOURNAL_PAGE_SIZE = 30;
export const SEARCH_MAX_CHARS = 200;
/** Most words a search looks for (each must appear in the answer or its question). */
export const SEARCH_MAX_WORDS = 8;
/** The module filter value for answers whose question has left the course. */
export const OTHER_MODULE = "other";

export type Visibility = "private" | "shared";
export type JournalFilters = { q?: string; module?: string; visibility?: Visibility; page?: number };

/** Where an entry belongs in the course as it is today. */
export type Placement = {
  /** A module slug, or OTHER_MODULE when the question is no longer in the course. */
  moduleSlug: string;
  moduleTitle: string;
  moduleNumber: number | null;
  lessonKey: string;
  lessonTitle: string;
  lessonHref: string | null;
  promptId: string;
  /** The question as the course asks it now, or as the learner saw it if it was removed. */
  promptText: string;
  inCourse: boolean;
};

export type JournalEntry = EntryView & { place: Placement };
export type PromptGroup = { promptId: string; promptText: string; inCourse: boolean; entries: JournalEntry[] };
export type LessonGroup = { lessonKey: string; title: string; href: string | null; prompts: PromptGroup[] };
export type ModuleGroup = { slug: string; title: string; number: number | null; lessons: LessonGroup[] };

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

// ---------------------------------------------------------------------------
// Where an entry sits in the course
// ---------------------------------------------------------------------------

type CourseIndex = {
  promptOrder: Map<string, number>;
  lessons: Map<string, { lesson: Lesson; order: number }>;
  moduleOrder: Map<string, number>;
};

let index: CourseIndex | undefined;

function courseIndex(): CourseIndex {
  if (!index) {
    const course = getCourse();
    index = {
      promptOrder: new Map([...getPrompts().keys()].map((id, i) => [id, i])),
      lessons: new Map(course.lessons.map((lesson, i) => [lesson.key, { lesson, order: i }])),
      moduleOrder: new Map(course.modules.map((m, i) => [m.slug, i])),
    };
  }
  return index;
}

const OTHER_TITLE = "Questions no longer in the course";

/**
 * Places an answer by its question's id, so an answer follows its question if
 * an author moves it to another lesson. An answer to a question that was
 * removed goes to "Other", under the lesson it was written in.
 */
export function placeEntry(entry: { promptId: string; lessonKey: string; promptText: string }): Placement {
  const prompt = getPrompts().get(entry.promptId);
  if (prompt) {
    const { lesson } = prompt;
    return {
      moduleSlug: lesson.moduleSlug,
      moduleTitle: lesson.moduleTitle,
      moduleNumber: lesson.moduleNumber,
      lessonKey: lesson.key,
      lessonTitle: lesson.title,
      lessonHref: lesson.href,
      promptId: prompt.id,
      promptText: prompt.prompt,
      inCourse: true,
    };
  }
  const lesson = courseIndex().lessons.get(entry.lessonKey)?.lesson;
  return {
    moduleSlug: OTHER_MODULE,
    moduleTitle: OTHER_TITLE,
    moduleNumber: null,
    lessonKey: entry.lessonKey,
    lessonTitle: lesson?.title ?? "A lesson no longer in the course",
    lessonHref: lesson?.href ?? null,
    promptId: entry.promptId,
    promptText: entry.promptText,
    inCourse: false,
  };
}

function courseRank(place: Placement): [number, number, number] {
  const { promptOrder, lessons, moduleOrder } = courseIndex();
  if (!place.inCourse) return [Number.MAX_SAFE_INTEGER, 0, 0];
  return [
    moduleOrder.get(place.moduleSlug) ?? 0,
    lessons.get(place.lessonKey)?.order ?? 0,
    promptOrder.get(place.promptId) ?? 0,
  ];
}

type Sortable = { id: string; createdAt: Date; place: Placement };

function newestFirst(a: Sortable, b: Sortable): number {
  return b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Module, lesson and question in course order (removed questions last), newest answer first within each. */
export function compareByCourse(a: Sortable, b: Sortable): number {
  const ra = courseRank(a.place);
  const rb = courseRank(b.place);
  for (let i = 0; i < 3; i += 1) {
    const d = (ra[i] ?? 0) - (rb[i] ?? 0);
    if (d !== 0) return d;
  }
  if (!a.place.inCourse) {
    const byLesson = a.place.lessonKey.localeCompare(b.place.lessonKey);
    if (byLesson !== 0) return byLesson;
    const byPrompt = a.place.promptId.localeCompare(b.place.promptId);
    if (byPrompt !== 0) return byPrompt;
  }
  return newestFirst(a, b);
}

// ---------------------------------------------------------------------------
// Search
// ---------------------------------------------------------------------------

/** The search as it is used: trimmed, at most SEARCH_MAX_CHARS characters. */
export function normaliseQuery(q: string | undefined): string {
  return (q ?? "").trim().slice(0, SEARCH_MAX_CHARS).trim();
}

function searchWords(q: string): string[] {
  return [...new Set(q.split(/\s+/).filter(Boolean))].slice(0, SEARCH_MAX_WORDS);
}

/**
 * The part of the search the database does. Prisma passes values as
 * parameters but does not escape LIKE's wildcards (% and _, and \ on
 * PostgreSQL), and SQLite's LIKE ignores case only for ASCII letters. So the
 * database gets each word's plain-ASCII pieces (on PostgreSQL, ILIKE via
 * `mode: "insensitive"`, which SQLite's client type lacks, hence the cast):
 * that finds every real match and perhaps a few more, and `matchesAll`
 * then checks the exact words.
 */
function searchWhere(words: string[]) {
  const postgres = dbProvider() === "postgresql";
  const special = postgres ? /[%_\\]+/ : /[%_\\]+|[^\x20-\x7e]+/;
  const contains = (piece: string) =>
    (postgres ? { contains: piece, mode: "insensitive" } : { contains: piece }) as { contains: string };
  const pieces = words.flatMap((word) => word.split(special).filter(Boolean));
  if (pieces.length === 0) return {};
  return { AND: pieces.map((piece) => ({ OR: [{ body: contains(piece) }, { promptText: contains(piece) }] })) };
}

function fold(text: string): string {
  return text.normalize("NFC").toLowerCase();
}

function matchesAll(entry: { body: string; promptText: string }, words: string[]): boolean {
  const body = fold(entry.body);
  const prompt = fold(entry.promptText);
  return words.every((word) => body.includes(fold(word)) || prompt.includes(fold(word)));
}

// ---------------------------------------------------------------------------
// Queries
// ---------------------------------------------------------------------------

type Light = { id: string; shared: boolean; createdAt: Date; place: Placement };

const LIGHT_SELECT = {
  id: true,
  promptId: true,
  lessonKey: true,
  promptText: true,
  createdAt: true,
  // Shared with any cohort? One share row answers it.
  shares: { select: { cohortId: true }, take: 1 },
} as const;

async function lightEntries(learner: SessionUser, q: string): Promise<Light[]> {
  const words = searchWords(q);
  const toLight = (row: {
    id: string;
    promptId: string;
    lessonKey: string;
    promptText: string;
    createdAt: Date;
    shares: { cohortId: string }[];
  }) => ({
    id: row.id,
    shared: row.shares.length > 0,
    createdAt: row.createdAt,
    place: placeEntry(row),
  });
  if (words.length === 0) {
    return (await db().reflection.findMany({ where: { userId: learner.id }, select: LIGHT_SELECT })).map(toLight);
  }
  const candidates = await db().reflection.findMany({
    where: { userId: learner.id, ...searchWhere(words) },
    select: { ...LIGHT_SELECT, body: true },
  });
  return candidates.filter((row) => matchesAll(row, words)).map(toLight);
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

  const rows =
    slice.length === 0
      ? []
      : await db().reflection.findMany({
          where: { userId: learner.id, id: { in: slice.map((l) => l.id) } },
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

/** Groups entries that are already in course order: module → lesson → question. */
export function groupByCourse(entries: JournalEntry[]): ModuleGroup[] {
  const modules: ModuleGroup[] = [];
  for (const entry of entries) {
    const { place } = entry;
    let moduleGroup = modules.at(-1);
    if (moduleGroup?.slug !== place.moduleSlug) {
      moduleGroup = { slug: place.moduleSlug, title: place.moduleTitle, number: place.moduleNumber, lessons: [] };
      modules.push(moduleGroup);
    }
    let lesson = moduleGroup.lessons.at(-1);
    if (lesson?.lessonKey !== place.lessonKey) {
      lesson = { lessonKey: place.lessonKey, title: place.lessonTitle, href: place.lessonHref, prompts: [] };
      moduleGroup.lessons.push(lesson);
    }
    let prompt = lesson.prompts.at(-1);
    if (prompt?.promptId !== place.promptId) {
      prompt = { promptId: place.promptId, promptText: place.promptText, inCourse: place.inCourse, entries: [] };
      lesson.prompts.push(prompt);
    }
    prompt.entries.push(entry);
  }
  return modules;
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

// ---------------------------------------------------------------------------
// One question, all its answers
// ---------------------------------------------------------------------------

export type PromptHistory = {
  promptId: string;
  prompt: string;
  hint?: string;
  lesson: { key: string; title: string; href: string; moduleNumber: number; moduleTitle: string } | null;
  inCourse: boolean;
  entries: (EntryView & { revisions: Revision[] })[];
};

/**
 * A question and all the learner's answers to it, newest first, each with its
 * earlier versions. Null when the question is not in the course and the
 * learner never answered it.
 */
export async function promptHistory(learner: SessionUser, promptId: string): Promise<PromptHistory | null> {
  const rows = await db().reflection.findMany({
    where: { userId: learner.id, promptId },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      ...ENTRY_SELECT,
      revisions: { orderBy: { version: "desc" }, select: { version: true, body: true, savedAt: true } },
    },
  });
  const entries = rows.map(({ revisions, ...row }) => ({ ...toView(row), revisions }));
  const prompt = getPrompts().get(promptId);
  if (prompt) {
    const { lesson } = prompt;
    return {
      promptId,
      prompt: prompt.prompt,
      hint: prompt.hint,
      lesson: {
        key: lesson.key,
        title: lesson.title,
        href: lesson.href,
        moduleNumber: lesson.moduleNumber,
        moduleTitle: lesson.moduleTitle,
      },
      inCourse: true,
      entries,
    };
  }
  const latest = entries[0];
  if (!latest) return null;
  return { promptId, prompt: latest.promptText, lesson: null, inCourse: false, entries };
}

/** How many answers the learner has, and how many of them are shared with a cohort. */
export async function entryCounts(learner: SessionUser): Promise<{ all: number; shared: number }> {
  const [all, shared] = await Promise.all([
    db().reflection.count({ where: { userId: learner.id } }),
    db().reflection.count({ where: { userId: learner.id, shares: { some: {} } } }),
  ]);
  return { all, shared };
}
