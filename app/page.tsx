import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { CourseCover } from "@/components/course/art";
import { cardModule, ModuleCard } from "@/components/course/module-card";
import { ProgressBar } from "@/components/course/progress-bar";
import { ButtonLink } from "@/components/ui/button";
import { getUser } from "@/lib/auth/session";
import { getCourse } from "@/lib/course/catalog";
import { progressSummary } from "@/lib/progress/progress";

export const metadata: Metadata = {
  title: { absolute: "It Takes Two — repairing trust at work" },
};

export default async function HomePage() {
  const course = getCourse();
  const user = await getUser();
  const summary = user ? await progressSummary(user, course) : null;
  const first = course.lessons[0];
  const hours = Math.round(course.minutes / 30) / 2;
  return (
    <div className="flex flex-col gap-12">
      <section aria-labelledby="intro" className="grid items-center gap-6 md:grid-cols-[minmax(0,1fr)_18rem] md:gap-10">
        <CourseCover className="mx-auto max-w-xs rounded-2xl md:order-last md:max-w-none" />
        <div className="flex flex-col gap-5">
          <p className="m-0 text-sm font-semibold tracking-wide text-accent uppercase">
            {/* Each phrase stays whole when the line wraps on a phone. */}
            <span className="whitespace-nowrap">A self-paced course</span> ·{" "}
            <span className="whitespace-nowrap">{course.modules.length} modules</span> ·{" "}
            <span className="whitespace-nowrap">about {hours} hours</span>
          </p>
          <h1 id="intro" className="m-0 text-4xl leading-tight font-semibold sm:text-5xl">
            It takes two. Repair starts with you.
          </h1>
          <p className="m-0 text-lg text-ink-muted">{course.summary}</p>
          {summary?.continueWith ? (
            <div className="flex flex-col gap-4 rounded-lg border border-border bg-surface p-5">
              <ProgressBar
                label="Your progress in the course"
                completed={summary.course.completed}
                total={summary.course.total}
              />
              <div className="flex flex-wrap items-center gap-3">
                <ButtonLink href={summary.continueWith.href}>Continue where you left off</ButtonLink>
                <span className="text-ink-muted">
                  Module {summary.continueWith.moduleNumber}: {summary.continueWith.title}
                </span>
              </div>
            </div>
          ) : (
            <div className="flex flex-wrap gap-3">
              {first ? <ButtonLink href={first.href}>Start the course</ButtonLink> : null}
              {user ? (
                <ButtonLink href="/dashboard" variant="secondary">
                  Go to your dashboard
                </ButtonLink>
              ) : (
                <ButtonLink href="/sign-up" variant="secondary">
                  Create a free account
                </ButtonLink>
              )}
            </div>
          )}
        </div>
      </section>

      <section aria-labelledby="who" className="flex flex-col gap-3">
        <h2 id="who" className="m-0 text-2xl font-semibold">
          Who it is for
        </h2>
        <ul className="m-0 list-disc pl-6">
          {course.audience.map((who) => (
            <li key={who}>{who}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="outline" className="flex flex-col gap-4">
        <h2 id="outline" className="m-0 text-2xl font-semibold">
          What you will work through
        </h2>
        <ol className="grid gap-4 sm:grid-cols-2">
          {course.modules.map((courseModule) => {
            const tally = summary?.modules[courseModule.slug];
            return (
              <ModuleCard key={courseModule.slug} module={cardModule(courseModule)} heading="h3" progress={tally} />
            );
          })}
        </ol>
        <p className="m-0">
          <Link href="/learn">See every lesson in the course outline</Link> ·{" "}
          <Link href="/about">About the course</Link>
        </p>
      </section>

      <section aria-labelledby="private" className="rounded-lg bg-accent-soft p-6">
        <h2 id="private" className="mt-0 mb-2 text-xl font-semibold">
          What you write is yours
        </h2>
        <p className="m-0">
          Your answers are private by default. If you take the course with a group, you can share a single answer with
          one cohort&rsquo;s facilitators, see by name who can read it, and take it back at any time. You can download
          everything you wrote, or delete it.
        </p>
      </section>
    </div>
  );
}
