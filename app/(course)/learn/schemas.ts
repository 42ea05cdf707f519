import { z } from "zod";
import { getCourse } from "@/lib/course/catalog";

export const LessonKeySchema = z
  .string({ message: "Say which lesson." })
  .max(200)
  .refine((key) => getCourse().lessons.some((lesson) => lesson.key === key), { message: "There is no such lesson." });

export const VisitLessonSchema = z.object({ lessonKey: LessonKeySchema });
export const SetCompletedSchema = z.object({ lessonKey: LessonKeySchema, completed: z.boolean() });
/** Asks for nothing: the learner's own progress. */
export const CourseProgressSchema = z.object({}).strict();
