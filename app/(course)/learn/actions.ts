"use server";
// Progress through a lesson, called by the lesson page's island.
import { action, type ActionResult } from "@/lib/actions/form-action";
import { recordVisit, setCompleted } from "@/lib/progress/progress";
import { SetCompletedSchema, VisitLessonSchema } from "./schemas";

type LessonState = { completedAt: string | null };

const visit = action({
  name: "lesson.visit",
  schema: VisitLessonSchema,
  access: "signed-in",
  handler: async ({ lessonKey }, { user }): Promise<LessonState> => {
    const state = await recordVisit(user, lessonKey);
    return { completedAt: state.completedAt?.toISOString() ?? null };
  },
});

const complete = action({
  name: "lesson.set-completed",
  schema: SetCompletedSchema,
  access: "signed-in",
  handler: async ({ lessonKey, completed }, { user }): Promise<LessonState> => {
    const state = await setCompleted(user, lessonKey, completed);
    return { completedAt: state.completedAt?.toISOString() ?? null };
  },
});

export async function visitLesson(input: { lessonKey: string }): Promise<ActionResult<LessonState>> {
  return visit(input);
}

export async function setLessonCompleted(input: {
  lessonKey: string;
  completed: boolean;
}): Promise<ActionResult<LessonState>> {
  return complete(input);
}
