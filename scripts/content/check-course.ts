// The whole-course check that runs before every build and in the tests:
// metadata, component props, unique reflection ids, check and scenario ids
// unique within each lesson, internal links that resolve, the minimum shape
// of each module, a Key Idea and the Source credit in every lesson, and no
// imports of server code. Also weighs the answers of the checks and
// scenarios (answer-cues.ts): the figures are reported, never a failure.
import { ContentError, relativeToRoot } from "../../lib/course/content-error";
import { CONTENT_DIR, loadCourse, type Course } from "../../lib/course/catalog";
import { analyseLessonFile, type LessonAnalysis } from "../../lib/course/lesson-analysis";
import { answerCues, type AnswerCues } from "./answer-cues";
import { contentImportProblems } from "./content-imports";

export const STATIC_ROUTES = ["/", "/learn", "/about", "/sign-in", "/sign-up", "/journal", "/dashboard"];

/** Pages under /learn/<module>/ that are not lessons: a lesson may not take their name. */
export const MODULE_PAGES = ["worksheet"];

export type CourseReport = {
  course: Course;
  analyses: Map<string, LessonAnalysis>;
  reflectionIds: string[];
  /** Whether right answers give themselves away by length or place (printed by scripts/check-content.ts). */
  answerCues: AnswerCues;
};

export function checkCourse(contentDir?: string): CourseReport {
  const course = loadCourse(contentDir);
  const analyses = new Map<string, LessonAnalysis>();
  const problems: { file: string; problem: string }[] = [];
  const errors: ContentError[] = [];

  for (const lesson of course.lessons) {
    try {
      analyses.set(lesson.key, analyseLessonFile(lesson.file));
    } catch (error) {
      if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
  }
  if (errors.length > 0)
    throw new ContentError(
      "content/",
      errors.map((e) => e.message),
    );

  const routes = new Set([
    ...STATIC_ROUTES,
    ...course.modules.map((m) => m.href),
    ...course.lessons.map((l) => l.href),
    ...course.modules.flatMap((m) => MODULE_PAGES.map((page) => `${m.href}/${page}`)),
  ]);
  const ids = new Map<string, string>();
  for (const lesson of course.lessons) {
    const analysis = analyses.get(lesson.key);
    if (!analysis) continue;
    const file = relativeToRoot(lesson.file);
    if (analysis.reflections.length === 0)
      problems.push({ file, problem: "every lesson needs at least one <Reflection>" });
    if (analysis.components.KeyIdea === 0)
      problems.push({ file, problem: "every lesson needs a <KeyIdea> (its main point, also printed on the worksheet)" });
    if (analysis.components.Source !== 1 || analysis.endsWith !== "Source")
      problems.push({ file, problem: "every lesson ends with one <Source /> (the credit to the post it adapts)" });
    if (MODULE_PAGES.includes(lesson.slug))
      problems.push({ file, problem: `a lesson can't be named "${lesson.slug}": that is a page of every module` });
    for (const reflection of analysis.reflections) {
      const other = ids.get(reflection.id);
      if (other) problems.push({ file, problem: `Reflection id "${reflection.id}" is already used in ${other}` });
      ids.set(reflection.id, file);
    }
    // A saved choice is keyed by lesson and item id (lib/progress/choices.ts).
    const itemIds = new Set<string>();
    for (const item of analysis.items) {
      const what = item.kind === "check" ? "KnowledgeCheck" : "Scenario";
      if (itemIds.has(item.id))
        problems.push({ file, problem: `${what} id "${item.id}" is used twice in this lesson` });
      itemIds.add(item.id);
    }
    for (const link of analysis.links) {
      if (!link.startsWith("/")) continue;
      const target = link.split("#")[0]?.split("?")[0] ?? link;
      if (!routes.has(target.replace(/\/$/, "") || "/"))
        problems.push({ file, problem: `link ${link} does not lead to a page of the course` });
    }
  }
  // A <PlanLookBack> schedules a look-back at an answer to a question asked
  // in this lesson or an earlier one, so the learner has written it by then.
  const seen = new Set<string>();
  for (const lesson of course.lessons) {
    const analysis = analyses.get(lesson.key);
    if (!analysis) continue;
    for (const reflection of analysis.reflections) seen.add(reflection.id);
    for (const { answer } of analysis.planLookBacks) {
      if (!seen.has(answer))
        problems.push({
          file: relativeToRoot(lesson.file),
          problem: `<PlanLookBack answer="${answer}"> must name a Reflection id of this lesson or an earlier one`,
        });
    }
  }
  // A <RecallAnswers> shows answers to questions of earlier lessons.
  const asked = new Set<string>();
  for (const lesson of course.lessons) {
    const analysis = analyses.get(lesson.key);
    if (!analysis) continue;
    for (const { answers } of analysis.recalls) {
      for (const answer of answers)
        if (!asked.has(answer))
          problems.push({
            file: relativeToRoot(lesson.file),
            problem: `<RecallAnswers> answer "${answer}" must name a Reflection id of an earlier lesson`,
          });
    }
    for (const reflection of analysis.reflections) asked.add(reflection.id);
  }
  for (const courseModule of course.modules) {
    const totals = courseModule.lessons.map((l) => analyses.get(l.key)?.components);
    for (const name of ["Scenario", "KnowledgeCheck"] as const) {
      if (!totals.some((t) => (t?.[name] ?? 0) > 0)) {
        problems.push({
          file: relativeToRoot(courseModule.lessons[0]?.file ?? courseModule.slug),
          problem: `module "${courseModule.slug}" needs at least one <${name}>`,
        });
      }
    }
  }
  problems.push(...contentImportProblems(contentDir ?? CONTENT_DIR));
  if (problems.length > 0) {
    throw new ContentError(
      "content/",
      problems.map((p) => `${p.file}: ${p.problem}`),
    );
  }
  return { course, analyses, reflectionIds: [...ids.keys()], answerCues: answerCues(analyses) };
}
