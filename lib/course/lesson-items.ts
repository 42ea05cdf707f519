// The knowledge checks and scenarios of every lesson, by lesson key and item
// id, read from the MDX (lesson-analysis.ts): what the server checks a saved
// choice against. Read once per process, like the prompts (prompts.ts).
import { getCourse } from "./catalog";
import { analyseLessonFile, type LessonItem } from "./lesson-analysis";

let cached: Map<string, Map<string, LessonItem>> | undefined;

function lessonItems(): Map<string, Map<string, LessonItem>> {
  if (!cached) {
    const byLesson = new Map<string, Map<string, LessonItem>>();
    for (const lesson of getCourse().lessons) {
      const items = analyseLessonFile(lesson.file).items;
      byLesson.set(lesson.key, new Map(items.map((item) => [item.id, item])));
    }
    cached = byLesson;
  }
  return cached;
}

/** The lesson's checks and scenarios by id, or undefined when there is no such lesson. */
export function itemsOfLesson(lessonKey: string): ReadonlyMap<string, LessonItem> | undefined {
  return lessonItems().get(lessonKey);
}
