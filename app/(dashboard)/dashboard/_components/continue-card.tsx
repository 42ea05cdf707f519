// The dashboard's first card: where the learner left off (the lesson last
// open, or the next one not complete after it), with its module's progress;
// or where to start.
import Link from "@/components/ui/link";
import { ProgressBar } from "@/components/course/progress-bar";
import { ButtonLink } from "@/components/ui/button";
import type { Course } from "@/lib/course/catalog";
import type { ProgressSummary } from "@/lib/progress/summary";

export function ContinueCard({ course, progress }: { course: Course; progress: ProgressSummary }) {
  const lesson = progress.continueWith;
  const first = course.lessons[0];
  const allDone = progress.course.total > 0 && progress.course.completed === progress.course.total;
  const courseModule = lesson ? course.modules.find((m) => m.slug === lesson.moduleSlug) : undefined;
  const tally = courseModule ? progress.modules[courseModule.slug] : undefined;

  return (
    <section
      aria-labelledby="continue"
      className="flex flex-col gap-4 rounded-lg border-2 border-accent bg-surface p-5 shadow-sm"
    >
      {lesson && courseModule && tally && !allDone ? (
        <>
          <h2 id="continue" className="m-0 text-xl font-semibold">
            Continue where you left off
          </h2>
          <div className="flex flex-col gap-1">
            <p className="m-0 text-sm text-ink-muted">
              Module {courseModule.number}: {courseModule.title} · lesson {lesson.order} of{" "}
              {courseModule.lessons.length} · {lesson.minutes} min
            </p>
            <p className="m-0 text-lg font-semibold">{lesson.title}</p>
          </div>
          <ProgressBar
            label={`Module ${courseModule.number} progress`}
            completed={tally.completed}
            total={tally.total}
          />
          <div>
            <ButtonLink href={lesson.href}>Continue with “{lesson.title}”</ButtonLink>
          </div>
        </>
      ) : allDone ? (
        <>
          <h2 id="continue" className="m-0 text-xl font-semibold">
            You have completed the course
          </h2>
          <p className="m-0">
            Every lesson is done. Your repair plan and your certificate are ready to print, and what you wrote stays in
            your journal, to come back to and answer again.
          </p>
          <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
            <ButtonLink href="/journal/summary">See your plan and certificate</ButtonLink>
            <Link href="/journal">Open your journal</Link>
          </div>
        </>
      ) : (
        <>
          <h2 id="continue" className="m-0 text-xl font-semibold">
            Start the course
          </h2>
          <p className="m-0">
            {course.modules.length} short modules, {course.lessons.length} lessons. The first takes about{" "}
            {first?.minutes ?? 5} minutes.
          </p>
          {first ? (
            <div>
              <ButtonLink href={first.href}>Start with “{first.title}”</ButtonLink>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}
