// Every reflection prompt in the course, by id, with the lesson it belongs to.
import { getCourse, type Lesson } from "./catalog";
import { analyseLessonFile } from "./lesson-analysis";

export type Prompt = { id: string; prompt: string; hint?: string; lesson: Lesson };

let cached: Map<string, Prompt> | undefined;

export function getPrompts(): Map<string, Prompt> {
  if (!cached) {
    const prompts = new Map<string, Prompt>();
    for (const lesson of getCourse().lessons) {
      for (const reflection of analyseLessonFile(lesson.file).reflections) {
        prompts.set(reflection.id, { ...reflection, lesson });
      }
    }
    cached = prompts;
  }
  return cached;
}

let planAnswer: string | null | undefined;

/**
 * The question whose answer carries the repair plan's look-back: the
 * `answer` of the course's first <PlanLookBack>, or null when no lesson has one.
 */
export function planLookBackPromptId(): string | null {
  if (planAnswer === undefined) {
    planAnswer = null;
    for (const lesson of getCourse().lessons) {
      const [first] = analyseLessonFile(lesson.file).planLookBacks;
      if (first) {
        planAnswer = first.answer;
        break;
      }
    }
  }
  return planAnswer;
}
