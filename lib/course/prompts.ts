// Every reflection prompt in the course, by id, with the lesson it belongs to.
import { getCourse, type Lesson } from "./catalog";
import { analyseLessonFile } from "./lesson-analysis";
import type { PlannerField } from "../reflections/planner-body";

/** A question of the course; `fields` when it is a <Planner> (answered in labeled parts). */
export type Prompt = { id: string; prompt: string; hint?: string; lesson: Lesson; fields?: PlannerField[] };

let cached: Map<string, Prompt> | undefined;

export function getPrompts(): Map<string, Prompt> {
  if (!cached) {
    const prompts = new Map<string, Prompt>();
    for (const lesson of getCourse().lessons) {
      const analysis = analyseLessonFile(lesson.file);
      for (const reflection of analysis.reflections) {
        const planner = analysis.planners.find((p) => p.id === reflection.id);
        prompts.set(reflection.id, { ...reflection, lesson, ...(planner ? { fields: planner.fields } : {}) });
      }
    }
    cached = prompts;
  }
  return cached;
}

/** The labeled fields of a planner question, or null for a plain question (or one no longer in the course). */
export function plannerFields(promptId: string): PlannerField[] | null {
  return getPrompts().get(promptId)?.fields ?? null;
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
