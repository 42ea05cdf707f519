"use server";
// Progress through the course, called by the islands of the static lesson and
// module pages: the visit, reaching the end, "Mark as complete", the choices
// made in knowledge checks and scenarios, and the state of every lesson (for
// the module's list of lessons and "Continue with …").
import { action } from "@/lib/actions/form-action";
import { getCourse } from "@/lib/course/catalog";
import {
  progressSummary,
  recordReachedEnd,
  recordVisit,
  setCompleted,
  type LessonProgressState,
} from "@/lib/progress/progress";
import type { LessonStatus } from "@/lib/progress/summary";
import { saveChoice, savedChoices, type Choice, type SavedChoices } from "@/lib/progress/choices";
import { moduleWrapUp, type ModuleWrapUp } from "@/lib/progress/wrap-up";
import { CourseProgressSchema, RecordChoiceSchema, SetCompletedSchema, VisitLessonSchema } from "./schemas";

export type LessonView = {
  completedAt: string | null;
  reachedEnd: boolean;
  prompts: { total: number; answered: number };
  /** Set once the lesson's whole module is complete. */
  wrapUp: ModuleWrapUp | null;
  /** What the learner chose in the lesson's knowledge checks and scenarios, by item id. */
  choices: SavedChoices;
};

async function view(
  user: Parameters<typeof moduleWrapUp>[0],
  lessonKey: string,
  state: LessonProgressState,
): Promise<LessonView> {
  const moduleSlug = lessonKey.split("/")[0] ?? "";
  return {
    completedAt: state.completedAt?.toISOString() ?? null,
    reachedEnd: state.reachedEndAt !== null,
    prompts: state.prompts,
    wrapUp: state.completedAt ? await moduleWrapUp(user, getCourse(), moduleSlug) : null,
    choices: await savedChoices(user, lessonKey),
  };
}

export const visitLesson = action({
  name: "lesson.visit",
  schema: VisitLessonSchema,
  access: "signed-in",
  handler: async ({ lessonKey }, { user }): Promise<LessonView> =>
    view(user, lessonKey, await recordVisit(user, lessonKey)),
});

export const reachLessonEnd = action({
  name: "lesson.reach-end",
  schema: VisitLessonSchema,
  access: "signed-in",
  handler: async ({ lessonKey }, { user }): Promise<LessonView> =>
    view(user, lessonKey, await recordReachedEnd(user, lessonKey)),
});

export const setLessonCompleted = action({
  name: "lesson.set-completed",
  schema: SetCompletedSchema,
  access: "signed-in",
  handler: async ({ lessonKey, completed }, { user }): Promise<LessonView> =>
    view(user, lessonKey, await setCompleted(user, lessonKey, completed)),
});

/** A try in a knowledge check or a choice in a scenario; answers with what is kept now. */
export const recordChoice = action({
  name: "lesson.record-choice",
  schema: RecordChoiceSchema,
  access: "signed-in",
  handler: async (input, { user }): Promise<{ choice: Choice }> => ({ choice: await saveChoice(user, input) }),
});

export type CourseProgressView = {
  lessons: Record<string, LessonStatus>;
  continueWith: { key: string; title: string; href: string } | null;
};

export const courseProgress = action({
  name: "course.progress",
  schema: CourseProgressSchema,
  access: "signed-in",
  handler: async (_input, { user }): Promise<CourseProgressView> => {
    const summary = await progressSummary(user, getCourse());
    const next = summary.continueWith;
    return {
      lessons: summary.lessons,
      continueWith: next ? { key: next.key, title: next.title, href: next.href } : null,
    };
  },
});
