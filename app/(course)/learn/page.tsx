import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { cardModule, ModuleCard } from "@/components/course/module-card";
import { ProgressBar } from "@/components/course/progress-bar";
import { getUser } from "@/lib/auth/session";
import { getCourse } from "@/lib/course/catalog";
import { progressSummary } from "@/lib/progress/progress";
import type { LessonStatus } from "@/lib/progress/summary";

export const metadata: Metadata = {
  title: "Course outline",
  description: "The four modules of It Takes Two and their lessons.",
};

const STATUS_LABEL: Record<LessonStatus, string> = {
  "not-started": "Not started",
  "in-progress": "In progress",
  completed: "Completed",
};

export default async function OutlinePage() {
  const course = getCourse();
  const user = await getUser();
  const summary = user ? await progressSummary(user, course) : null;
  return (
    <div className="flex flex-col gap-8">
      <header className="flex flex-col gap-3">
        <h1 className="m-0 text-3xl font-semibold">Course outline</h1>
        <p className="m-0 text-ink-muted">
          {course.modules.length} modules, {course.lessons.length} lessons, about {Math.round(course.minutes / 10) * 10}{" "}
          minutes in all. Go in order or dip in where you need to.
        </p>
        {summary ? (
          <ProgressBar
            label="Your progress in the course"
            completed={summary.course.completed}
            total={summary.course.total}
          />
        ) : (
          <p className="m-0">
            <Link href="/sign-in?redirectTo=%2Flearn">Sign in</Link> to see your progress.
          </p>
        )}
      </header>
      <ol className="flex flex-col gap-6">
        {course.modules.map((courseModule) => {
          const tally = summary?.modules[courseModule.slug];
          return (
            <ModuleCard key={courseModule.slug} module={cardModule(courseModule)} wide progress={tally}>
              <ol className="m-0 flex flex-col gap-2 border-t border-border p-5">
                {courseModule.lessons.map((lesson) => {
                  const status = summary?.lessons[lesson.key];
                  return (
                    <li key={lesson.key} className="flex items-baseline justify-between gap-x-4">
                      {/* A long title wraps beside its time, which keeps to the right. */}
                      <Link href={lesson.href} className="min-w-0">
                        {lesson.order}. {lesson.title}
                      </Link>
                      <span className="shrink-0 text-right text-sm text-ink-muted">
                        {lesson.minutes} min{status ? ` · ${STATUS_LABEL[status]}` : ""}
                      </span>
                    </li>
                  );
                })}
              </ol>
            </ModuleCard>
          );
        })}
      </ol>
    </div>
  );
}
