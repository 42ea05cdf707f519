// Runs before `next build` (npm's prebuild): a broken lesson stops the build
// with the file and field named.
import { answerCueLines } from "./content/answer-cues";
import { checkCourse } from "./content/check-course";
import { ContentError } from "../lib/course/content-error";

try {
  const { course, reflectionIds, answerCues } = checkCourse();
  console.log(
    `Content OK: ${course.modules.length} modules, ${course.lessons.length} lessons, ${reflectionIds.length} reflection prompts, about ${course.minutes} minutes.`,
  );
  // Reported on every run; a warning does not stop the build.
  for (const line of answerCueLines(answerCues)) console.log(line);
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`The course content has problems:\n${error.message}`);
    process.exit(1);
  }
  throw error;
}
