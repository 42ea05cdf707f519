"use server";
// Progress through a lesson, called by the lesson page's island.
import { action } from "@/lib/actions/form-action";
import { recordVisit, setCompleted } from "@/lib/progress/progress";
import { SetCompletedSchema, VisitLessonSchema } from "./schemas";

type LessonState = { completedAt: string | null };

export const visitLesson = action({
  name: "lesson.visit",
  schema: VisitLessonSchema,
  access: "signed-in",
  handler: async ({ lessonKey }, { user }): Promise<LessonState> => {
    const state = await recordVisit(user, lessonKey);
    return { completedAt: state.completedAt?.toISOString() ?? null };
  },
});

export const setLessonCompleted = action({
  name: "lesson.set-completed",
  schema: SetCompletedSchema,
  access: "signed-in",
  handler: async ({ lessonKey, completed }, { user }): Promise<LessonState> => {
    const state = await setCompleted(user, lessonKey, completed);
    return { completedAt: state.completedAt?.toISOString() ?? null };
  },
});
