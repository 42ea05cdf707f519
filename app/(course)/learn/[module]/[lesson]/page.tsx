import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { findLesson, getCourse, neighbours } from "@/lib/course/catalog";
import { Breadcrumbs } from "@/components/course/breadcrumbs";
import { LessonProvider } from "@/components/course/lesson-context";
import { ModuleLessons } from "../../_components/module-lessons";
import { recordChoice } from "../../actions";
import { cancelLookBackAction, scheduleLookBackAction } from "@/app/(journal)/journal/look-back/actions";
import { LessonProgressControls } from "./_components/lesson-progress-controls";
import { ReadingProgress } from "./_components/reading-progress";

// Every lesson is prerendered at build time; an unknown address is a 404.
export const dynamicParams = false;

type Params = { params: Promise<{ module: string; lesson: string }> };

export function generateStaticParams() {
  return getCourse().lessons.map((lesson) => ({ module: lesson.moduleSlug, lesson: lesson.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { module, lesson: slug } = await params;
  const lesson = findLesson(getCourse(), module, slug);
  if (!lesson) return {};
  return {
    title: lesson.title,
    description: lesson.summary,
    openGraph: { type: "article", title: lesson.title, description: lesson.summary },
  };
}

export default async function LessonPage({ params }: Params) {
  const { module, lesson: slug } = await params;
  const course = getCourse();
  const lesson = findLesson(course, module, slug);
  if (!lesson) notFound();
  const { previous, next } = neighbours(course, lesson);
  const courseModule = course.modules.find((m) => m.slug === lesson.moduleSlug)!;
  const nextIsNewModule = next !== undefined && next.moduleSlug !== lesson.moduleSlug;
  const { default: Content } = (await import(`@/content/modules/${lesson.contentPath}.mdx`)) as {
    default: React.ComponentType;
  };

  return (
    <article className="relative flex flex-col gap-8">
      <ReadingProgress />
      <ModuleLessons
        moduleNumber={courseModule.number}
        moduleTitle={courseModule.title}
        moduleHref={courseModule.href}
        current={lesson.key}
        lessons={courseModule.lessons.map((l) => ({
          key: l.key,
          title: l.title,
          href: l.href,
          order: l.order,
          minutes: l.minutes,
        }))}
      />
      <Breadcrumbs
        items={[
          { label: "Course", href: "/learn" },
          { label: `Module ${lesson.moduleNumber}: ${lesson.moduleTitle}`, href: `/learn/${lesson.moduleSlug}` },
          { label: lesson.title },
        ]}
      />
      <header className="flex flex-col gap-3">
        <p className="m-0 text-sm font-semibold tracking-wide text-accent uppercase">
          Module {lesson.moduleNumber} · Lesson {lesson.order} · {lesson.minutes} min
        </p>
        <h1 className="m-0 text-4xl leading-tight font-semibold">{lesson.title}</h1>
        <p className="m-0 text-lg text-ink-muted">{lesson.summary}</p>
        <div className="rounded-lg bg-surface-muted p-4">
          <h2 className="m-0 mb-2 text-base font-semibold">In this lesson you will</h2>
          <ul className="m-0 list-disc pl-6">
            {lesson.objectives.map((objective) => (
              <li key={objective}>{objective}</li>
            ))}
          </ul>
        </div>
      </header>
      {/* The provider holds the progress controls too: the lesson's state they load carries the saved choices. */}
      <LessonProvider
        lessonKey={lesson.key}
        lookBackActions={{ schedule: scheduleLookBackAction, cancel: cancelLookBackAction }}
        recordChoice={recordChoice}
      >
        <div className="prose prose-lg max-w-none">
          <Content />
        </div>
        <LessonProgressControls
          lessonKey={lesson.key}
          lastInModule={courseModule.lessons.at(-1)?.key === lesson.key}
          nextModuleBelow={nextIsNewModule ? next.moduleNumber : null}
        />
      </LessonProvider>
      <nav aria-label="Lesson" className="no-print flex flex-col gap-4 border-t border-border pt-6">
        {next ? (
          <Link
            href={next.href}
            className="group flex flex-col gap-1 rounded-lg border-2 border-accent bg-surface p-5 no-underline hover:bg-accent-soft"
          >
            <span className="text-sm font-semibold text-accent">
              {nextIsNewModule ? `Next module · Module ${next.moduleNumber}: ${next.moduleTitle}` : "Next lesson"}
            </span>
            <span className="text-lg font-semibold text-ink">
              {next.title} <span aria-hidden="true">→</span>
            </span>
            <span className="text-sm text-ink-muted">{next.minutes} min</span>
          </Link>
        ) : (
          <Link
            href="/learn"
            className="flex flex-col gap-1 rounded-lg border-2 border-accent bg-surface p-5 no-underline"
          >
            <span className="text-sm font-semibold text-accent">You reached the end of the course</span>
            <span className="text-lg font-semibold text-ink">Back to the course outline</span>
          </Link>
        )}
        {previous ? (
          <Link href={previous.href} className="w-fit">
            <span aria-hidden="true">←</span> Previous: {previous.title}
          </Link>
        ) : null}
        <Link href={`${courseModule.href}/worksheet`} className="w-fit">
          Printable worksheet for Module {courseModule.number}
        </Link>
      </nav>
    </article>
  );
}
