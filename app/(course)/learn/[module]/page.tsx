import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { moduleArt } from "@/components/course/art";
import { Breadcrumbs } from "@/components/course/breadcrumbs";
import { getCourse } from "@/lib/course/catalog";
import { LessonStatusSlot, ModuleNextStep } from "../_components/module-progress";

export const dynamicParams = false;

type Params = { params: Promise<{ module: string }> };

export function generateStaticParams() {
  return getCourse().modules.map((courseModule) => ({ module: courseModule.slug }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { module: slug } = await params;
  const courseModule = getCourse().modules.find((m) => m.slug === slug);
  return courseModule ? { title: courseModule.title, description: courseModule.summary } : {};
}

export default async function ModulePage({ params }: Params) {
  const { module: slug } = await params;
  const course = getCourse();
  const courseModule = course.modules.find((m) => m.slug === slug);
  if (!courseModule) notFound();
  const after = course.modules[courseModule.number];
  const art = moduleArt(courseModule.slug);
  const step = (l: { key: string; title: string; href: string }) => ({ key: l.key, title: l.title, href: l.href });
  return (
    <div className="flex flex-col gap-8">
      <Breadcrumbs
        items={[{ label: "Course", href: "/learn" }, { label: `Module ${courseModule.number}: ${courseModule.title}` }]}
      />
      <header className="grid items-center gap-5 sm:grid-cols-[minmax(0,1fr)_14rem] sm:gap-8">
        {art ? <art.Art className="rounded-2xl sm:order-last" /> : null}
        <div className="flex flex-col gap-3">
          <p className="m-0 text-sm font-semibold tracking-wide text-accent uppercase">
            Module {courseModule.number} · {courseModule.lessons.length} lessons · about {courseModule.minutes} min
          </p>
          <h1 className="m-0 text-4xl font-semibold">{courseModule.title}</h1>
          <p className="m-0 text-lg text-ink-muted">{courseModule.summary}</p>
        </div>
      </header>
      <ol className="flex flex-col gap-4">
        {courseModule.lessons.map((lesson) => (
          <li
            key={lesson.key}
            className="group relative rounded-lg border border-border bg-surface p-5 has-[.card-link:focus-visible]:outline-3 has-[.card-link:focus-visible]:outline-offset-2 has-[.card-link:focus-visible]:outline-focus"
          >
            <h2 className="m-0 text-xl font-semibold">
              <Link
                href={lesson.href}
                className="card-link no-underline group-hover:underline after:absolute after:inset-0 after:rounded-lg after:content-[''] focus-visible:outline-none"
              >
                {lesson.order}. {lesson.title}
              </Link>
            </h2>
            <p className="mt-1 mb-0 flex flex-wrap items-center gap-x-3 text-sm text-ink-muted">
              <LessonStatusSlot lessonKey={lesson.key} />
              <span>{lesson.minutes} min</span>
            </p>
            <p className="mt-2 mb-0">{lesson.summary}</p>
          </li>
        ))}
      </ol>
      <p className="m-0">
        <Link href={`${courseModule.href}/worksheet`}>Printable worksheet</Link>
        <span className="text-ink-muted">
          {" "}
          · one page with this module&rsquo;s key ideas and questions, for paper or a workshop
        </span>
      </p>
      <ModuleNextStep
        lessons={courseModule.lessons.map(step)}
        nextModule={after ? { key: after.slug, title: after.title, href: after.href } : null}
      />
    </div>
  );
}
