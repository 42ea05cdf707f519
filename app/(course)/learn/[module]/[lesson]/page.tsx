import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findLesson, getCourse, neighbours } from "@/lib/course/catalog";
import { Breadcrumbs } from "@/components/course/breadcrumbs";
import { LessonProvider } from "@/components/course/lesson-context";
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
  const { default: Content } = (await import(`@/content/modules/${lesson.contentPath}.mdx`)) as {
    default: React.ComponentType;
  };

  return (
    <article className="flex flex-col gap-8">
      <ReadingProgress />
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
        <h1 className="m-0 font-serif text-4xl leading-tight font-semibold">{lesson.title}</h1>
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
      <div className="prose prose-lg max-w-none">
        <LessonProvider lessonKey={lesson.key}>
          <Content />
        </LessonProvider>
      </div>
      <LessonProgressControls lessonKey={lesson.key} />
      <nav aria-label="Lesson" className="no-print grid gap-4 border-t border-border pt-6 sm:grid-cols-2">
        {previous ? (
          <Link href={previous.href} className="rounded-lg border border-border bg-surface p-4 no-underline">
            <span className="block text-sm text-ink-muted">Previous</span>
            <span className="font-medium">{previous.title}</span>
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={next.href} className="rounded-lg border border-border bg-surface p-4 text-right no-underline">
            <span className="block text-sm text-ink-muted">Next</span>
            <span className="font-medium">{next.title}</span>
          </Link>
        ) : (
          <Link href="/learn" className="rounded-lg border border-border bg-surface p-4 text-right no-underline">
            <span className="block text-sm text-ink-muted">You reached the end</span>
            <span className="font-medium">Back to the course outline</span>
          </Link>
        )}
      </nav>
    </article>
  );
}
