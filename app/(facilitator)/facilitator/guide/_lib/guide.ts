// Shapes the course for the facilitator guide: the plans' lesson and prompt
// references looked up in the catalog, and each lesson's facilitator notes
// grouped by module. Pure, so the unit test can hand it any course.
import type { Course, Lesson } from "@/lib/course/catalog";
import type { NoteBlock } from "@/lib/course/facilitator-notes";
import type { CohortWeek, LessonRef, WorkshopStep } from "../_content/guide";

/** What a plan needs of a reflection prompt (lib/course/prompts.ts gives more). */
export type PromptText = { prompt: string; lesson: { key: string } };

export type LessonLink = {
  key: string;
  /** "2.1": the module's number, then the lesson's place in it. */
  number: string;
  title: string;
  href: string;
  minutes: number;
};

export type ResolvedRef = LessonLink & { prompt?: string };

export function lessonLink(course: Course, lesson: Lesson): LessonLink {
  const home = course.modules.find((m) => m.slug === lesson.moduleSlug);
  const place = (home?.lessons.findIndex((l) => l.key === lesson.key) ?? -1) + 1;
  return {
    key: lesson.key,
    number: `${lesson.moduleNumber}.${place}`,
    title: lesson.title,
    href: lesson.href,
    minutes: lesson.minutes,
  };
}

/**
 * The lesson (and prompt) a plan step points at, or null when the course no
 * longer has that lesson. A prompt that moved or went away is left out, and
 * the step still names its lesson.
 */
export function resolveRef(
  course: Course,
  prompts: ReadonlyMap<string, PromptText>,
  ref: LessonRef | undefined,
): ResolvedRef | null {
  if (!ref) return null;
  const lesson = course.lessons.find((l) => l.key === ref.lesson);
  if (!lesson) return null;
  const prompt = ref.prompt ? prompts.get(ref.prompt) : undefined;
  return {
    ...lessonLink(course, lesson),
    ...(prompt && prompt.lesson.key === lesson.key ? { prompt: prompt.prompt } : {}),
  };
}

export type WorkshopRow = Omit<WorkshopStep, "use"> & { minutes: number; use: ResolvedRef | null };

export function workshopRows(
  course: Course,
  prompts: ReadonlyMap<string, PromptText>,
  steps: readonly WorkshopStep[],
): WorkshopRow[] {
  return steps.map(({ use, ...step }) => ({
    ...step,
    minutes: step.end - step.start,
    use: resolveRef(course, prompts, use),
  }));
}

export type ModuleLink = { number: number; title: string; href: string; minutes: number; lessons: number };
export type CohortWeekRow = Omit<CohortWeek, "module"> & { module: ModuleLink | null };

export function cohortWeeks(course: Course, weeks: readonly CohortWeek[]): CohortWeekRow[] {
  return weeks.map(({ module: number, ...week }) => {
    const found = number === undefined ? undefined : course.modules.find((m) => m.number === number);
    return {
      ...week,
      module: found
        ? {
            number: found.number,
            title: found.title,
            href: found.href,
            minutes: found.minutes,
            lessons: found.lessons.length,
          }
        : null,
    };
  });
}

export type LessonNotes = LessonLink & { notes: NoteBlock[][] };
export type ModuleNotes = { number: number; title: string; summary: string; minutes: number; lessons: LessonNotes[] };

/** Every module and lesson of the course in order, each lesson with its notes (none is an empty list). */
export function notesByModule(course: Course, notesOf: (lesson: Lesson) => NoteBlock[][]): ModuleNotes[] {
  return course.modules.map((module) => ({
    number: module.number,
    title: module.title,
    summary: module.summary,
    minutes: module.minutes,
    lessons: module.lessons.map((lesson) => ({
      ...lessonLink(course, lesson),
      notes: notesOf(lesson).filter((note) => note.length > 0),
    })),
  }));
}
