// Reads the course from content/: course.json, one folder per module with a
// module.json, one MDX file per lesson. Everything is validated; any problem
// throws a ContentError naming the file and field. Pure file reading, so it
// runs in the build, in scripts and in tests alike.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { ContentError, describeIssues, relativeToRoot } from "./content-error";
import {
  CourseSchema,
  LessonFrontmatterSchema,
  ModuleMetaSchema,
  SLUG,
  type CourseMeta,
  type LessonFrontmatter,
} from "./schemas";

export type Lesson = LessonFrontmatter & {
  /** "module-slug/lesson-slug": how progress and reflections refer to a lesson. */
  key: string;
  slug: string;
  moduleSlug: string;
  moduleTitle: string;
  moduleNumber: number;
  href: string;
  /** Path below content/modules, e.g. "01-trust-is-fragile/02-how-trust-breaks". */
  contentPath: string;
  file: string;
};

export type CourseModule = {
  slug: string;
  number: number;
  title: string;
  summary: string;
  href: string;
  minutes: number;
  lessons: Lesson[];
};

export type Course = CourseMeta & { modules: CourseModule[]; lessons: Lesson[]; minutes: number };

export const CONTENT_DIR = path.join(process.cwd(), "content");
const NUMBERED = /^(\d{2})-([a-z0-9-]+)$/;

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as unknown;
  } catch (error) {
    throw new ContentError(relativeToRoot(file), [`not valid JSON: ${(error as Error).message}`]);
  }
}

export function readFrontmatter(file: string, source: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!match)
    throw new ContentError(relativeToRoot(file), ["frontmatter: missing (the file must start with a --- block)"]);
  try {
    return parseYaml(match[1] ?? "") as unknown;
  } catch (error) {
    throw new ContentError(relativeToRoot(file), [`frontmatter: not valid YAML: ${(error as Error).message}`]);
  }
}

function numbered(name: string, file: string, what: string): { order: number; slug: string } {
  const match = NUMBERED.exec(name);
  if (!match || !SLUG.test(match[2] ?? "")) {
    throw new ContentError(relativeToRoot(file), [`${what} name must look like 01-kebab-case-slug, not "${name}"`]);
  }
  return { order: Number(match[1]), slug: match[2] ?? "" };
}

function loadLesson(
  moduleDir: string,
  fileName: string,
  module: { slug: string; title: string; number: number },
): Lesson {
  const file = path.join(moduleDir, fileName);
  const base = fileName.replace(/\.mdx$/, "");
  const { order, slug } = numbered(base, file, "Lesson file");
  const parsed = LessonFrontmatterSchema.safeParse(readFrontmatter(file, readFileSync(file, "utf8")));
  if (!parsed.success) throw new ContentError(relativeToRoot(file), describeIssues("frontmatter", parsed.error));
  if (parsed.data.order !== order) {
    throw new ContentError(relativeToRoot(file), [
      `frontmatter.order: is ${parsed.data.order} but the file name says ${order}`,
    ]);
  }
  return {
    ...parsed.data,
    key: `${module.slug}/${slug}`,
    slug,
    moduleSlug: module.slug,
    moduleTitle: module.title,
    moduleNumber: module.number,
    href: `/learn/${module.slug}/${slug}`,
    contentPath: `${path.basename(moduleDir)}/${base}`,
    file,
  };
}

export function loadCourse(contentDir: string = CONTENT_DIR): Course {
  const courseFile = path.join(contentDir, "course.json");
  const meta = CourseSchema.safeParse(readJson(courseFile));
  if (!meta.success) throw new ContentError(relativeToRoot(courseFile), describeIssues("", meta.error));

  const modulesDir = path.join(contentDir, "modules");
  const folders = readdirSync(modulesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const modules: CourseModule[] = folders.map((folder, index) => {
    const dir = path.join(modulesDir, folder);
    const { order, slug } = numbered(folder, dir, "Module folder");
    const metaFile = path.join(dir, "module.json");
    if (!existsSync(metaFile))
      throw new ContentError(relativeToRoot(metaFile), ["missing: every module folder needs a module.json"]);
    const parsed = ModuleMetaSchema.safeParse(readJson(metaFile));
    if (!parsed.success) throw new ContentError(relativeToRoot(metaFile), describeIssues("", parsed.error));
    if (parsed.data.order !== order) {
      throw new ContentError(relativeToRoot(metaFile), [
        `order: is ${parsed.data.order} but the folder name says ${order}`,
      ]);
    }
    const number = index + 1;
    const lessonFiles = readdirSync(dir)
      .filter((name) => name.endsWith(".mdx"))
      .sort();
    if (lessonFiles.length === 0)
      throw new ContentError(relativeToRoot(dir), ["a module needs at least one lesson (.mdx file)"]);
    const lessons = lessonFiles.map((name) => loadLesson(dir, name, { slug, title: parsed.data.title, number }));
    return {
      slug,
      number,
      title: parsed.data.title,
      summary: parsed.data.summary,
      href: `/learn/${slug}`,
      minutes: lessons.reduce((sum, lesson) => sum + lesson.minutes, 0),
      lessons,
    };
  });

  const seen = new Map<string, string>();
  for (const lesson of modules.flatMap((m) => m.lessons)) {
    const other = seen.get(lesson.slug);
    if (other) {
      throw new ContentError(relativeToRoot(lesson.file), [
        `lesson slug "${lesson.slug}" is also used by ${relativeToRoot(other)}`,
      ]);
    }
    seen.set(lesson.slug, lesson.file);
  }
  const lessons = modules.flatMap((m) => m.lessons);
  return { ...meta.data, modules, lessons, minutes: lessons.reduce((sum, l) => sum + l.minutes, 0) };
}

let cached: Course | undefined;

/** The course in content/, read once per process. */
export function getCourse(): Course {
  cached ??= loadCourse();
  return cached;
}

export function findLesson(course: Course, moduleSlug: string, lessonSlug: string): Lesson | undefined {
  return course.lessons.find((l) => l.moduleSlug === moduleSlug && l.slug === lessonSlug);
}

export function neighbours(course: Course, lesson: Lesson): { previous?: Lesson; next?: Lesson } {
  const index = course.lessons.findIndex((l) => l.key === lesson.key);
  return { previous: course.lessons[index - 1], next: course.lessons[index + 1] };
}
