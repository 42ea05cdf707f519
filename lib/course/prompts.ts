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
