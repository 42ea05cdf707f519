import { z } from "zod";
import { getCourse } from "@/lib/course/catalog";
import { ChoiceSchema, ItemIdSchema } from "@/lib/progress/choices";

export const LessonKeySchema = z
  .string({ message: "Say which lesson." })
  .max(200)
  .refine((key) => getCourse().lessons.some((lesson) => lesson.key === key), { message: "There is no such lesson." });

export const VisitLessonSchema = z.object({ lessonKey: LessonKeySchema });
export const SetCompletedSchema = z.object({ lessonKey: LessonKeySchema, completed: z.boolean() });
/** Asks for nothing: the learner's own progress. */
export const CourseProgressSchema = z.object({}).strict();
/** A choice in one of a lesson's knowledge checks or scenarios (checked against the lesson in lib/progress/choices.ts). */
export const RecordChoiceSchema = z.object({ lessonKey: LessonKeySchema, itemId: ItemIdSchema, choice: ChoiceSchema });
