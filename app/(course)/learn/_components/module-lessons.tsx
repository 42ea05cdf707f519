"use client";
// Where a lesson sits in its module: the module's lessons, this one marked,
// each with its state for a signed-in learner. Beside the lesson on wide
// screens; a list to open above it on smaller ones.
import Link from "@/components/ui/link";
import { LessonState } from "./lesson-state";
import { useCourseProgress } from "./use-course-progress";

export type ModuleLesson = { key: string; title: string; href: string; order: number; minutes: number };

type Props = {
  moduleNumber: number;
  moduleTitle: string;
  moduleHref: string;
  lessons: ModuleLesson[];
  current: string;
};

function LessonList({ lessons, current }: { lessons: ModuleLesson[]; current: string }) {
  const progress = useCourseProgress();
  return (
    <ol className="m-0 flex list-none flex-col gap-1 p-0">
      {lessons.map((lesson) => {
        const here = lesson.key === current;
        const known = progress.kind === "ready" ? progress.view.lessons[lesson.key] : undefined;
        // Being here is a visit, even if the answer was asked for before it was recorded.
        const status = here && known === "not-started" ? "in-progress" : known;
        return (
          <li key={lesson.key}>
            <Link
              href={lesson.href}
              aria-current={here ? "page" : undefined}
              className={`flex flex-col gap-0.5 rounded-md px-3 py-2 no-underline ${
                here ? "bg-accent-soft font-semibold text-ink" : "text-ink hover:bg-surface-muted"
              }`}
            >
              <span>
                {lesson.order}. {lesson.title}
              </span>
              <span className="text-sm font-normal text-ink-muted">
                {here ? "You are here · " : ""}
                {lesson.minutes} min
              </span>
              {/* The state arrives once the learner's progress is known: its line is kept
                  from the start, so nothing below moves when it does. */}
              <span className="flex h-6 items-center text-ink-muted">
                {status ? <LessonState status={status} /> : null}
              </span>
            </Link>
          </li>
        );
      })}
    </ol>
  );
}

export function ModuleLessons({ moduleNumber, moduleTitle, moduleHref, lessons, current }: Props) {
  const index = lessons.findIndex((l) => l.key === current);
  const heading = (
    <Link href={moduleHref} className="text-ink">
      Module {moduleNumber}: {moduleTitle}
    </Link>
  );
  return (
    <>
      <details className="no-print rounded-lg border border-border bg-surface xl:hidden">
        <summary className="min-h-11 cursor-pointer px-4 py-3 font-medium">
          Lesson {index + 1} of {lessons.length} in this module
          <span className="sr-only">: show all its lessons</span>
        </summary>
        <nav
          aria-label={`Lessons in module ${moduleNumber}`}
          className="flex flex-col gap-2 border-t border-border px-2 py-3"
        >
          <p className="m-0 px-3 text-sm font-semibold">{heading}</p>
          <LessonList lessons={lessons} current={current} />
        </nav>
      </details>
      <aside className="no-print hidden xl:absolute xl:inset-y-0 xl:right-full xl:mr-8 xl:block xl:w-56">
        <nav aria-label={`Lessons in module ${moduleNumber}`} className="sticky top-8 flex flex-col gap-2">
          <p className="m-0 px-3 text-sm font-semibold">{heading}</p>
          <LessonList lessons={lessons} current={current} />
        </nav>
      </aside>
    </>
  );
}
