import "server-only";
// Where a journal entry sits in the course as it is today, course order, and
// grouping into module → lesson → question. Course order is not in the
// database (lessons live in content/), so it is worked out here, in memory.
import { getCourse, type Lesson } from "../course/catalog";
import { getPrompts } from "../course/prompts";
import type { EntryView } from "./reflections";

/** The module filter value for answers whose question has left the course. */
export const OTHER_MODULE = "other";

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

type CourseIndex = {
  promptOrder: Map<string, number>;
  lessons: Map<string, { lesson: Lesson; order: number }>;
  moduleOrder: Map<string, number>;
};

let index: CourseIndex | undefined;

export function courseIndex(): CourseIndex {
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

export type Sortable = { id: string; createdAt: Date; place: Placement };

export function newestFirst(a: Sortable, b: Sortable): number {
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
