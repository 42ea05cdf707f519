import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Breadcrumbs } from "@/components/course/breadcrumbs";
import { ProgressBar } from "@/components/course/progress-bar";
import { requireUser } from "@/lib/auth/session";
import { getCourse } from "@/lib/course/catalog";
import { courseSummary } from "@/lib/progress/course-summary";
import { Certificate } from "./_components/certificate";
import { PrintPartButton } from "./_components/print-part-button";
import { PLAN_ONE_PAGE_CHARS, RepairPlan } from "./_components/repair-plan";

export const metadata: Metadata = { title: "Your course summary" };

const STATUS_TEXT = { "in-progress": "In progress", "not-started": "Not yet started" } as const;

export default async function CourseSummaryPage() {
  const user = await requireUser("/journal/summary");
  const course = getCourse();
  const summary = await courseSummary(user, course);
  const { plan, completedAt } = summary;
  const left = summary.remaining.reduce((n, m) => n + m.lessons.length, 0);
  const planChars = plan.items.reduce((sum, item) => sum + (item.answer?.body.length ?? 0), 0);

  return (
    <div data-summary-page className="flex flex-col gap-10 print:gap-0">
      <header className="no-print flex flex-col gap-3">
        <Breadcrumbs items={[{ label: "Your journal", href: "/journal" }, { label: "Your course summary" }]} />
        <h1 className="m-0 text-3xl font-semibold">Your course summary</h1>
        <p className="m-0 text-ink-muted">
          {completedAt
            ? "You have completed the course. Here are your certificate and your repair plan, each ready to print on one page."
            : "Your repair plan as it stands, ready to print. Your certificate appears here once every lesson is complete."}
        </p>
      </header>

      {completedAt ? null : (
        <section
          aria-labelledby="left"
          className="no-print flex flex-col gap-4 rounded-lg border-l-4 border-accent bg-surface-muted p-5"
        >
          <h2 id="left" className="m-0 text-xl font-semibold">
            Before your certificate: {left === 1 ? "1 lesson" : `${left} lessons`} to complete
          </h2>
          <ProgressBar label="The course" completed={summary.progress.completed} total={summary.progress.total} />
          <p className="m-0">
            A lesson completes once you reach its end with every question answered, or when you mark it complete.
          </p>
          <ul className="m-0 flex list-none flex-col gap-3 p-0">
            {summary.remaining.map((m) => (
              <li key={m.href} className="flex flex-col gap-1">
                <Link href={m.href} className="font-semibold">
                  Module {m.number}: {m.title}
                </Link>
                <ul className="m-0 flex flex-col gap-1 pl-6">
                  {m.lessons.map((lesson) => (
                    <li key={lesson.href}>
                      <Link href={lesson.href}>{lesson.title}</Link>{" "}
                      <span className="text-sm text-ink-muted">({STATUS_TEXT[lesson.status]})</span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}

      {completedAt ? (
        <section
          data-print-part="certificate"
          aria-labelledby="certificate-heading"
          className="flex flex-col gap-4 print:gap-0"
        >
          <div className="no-print flex flex-wrap items-center justify-between gap-3">
            <h2 id="certificate-heading" className="m-0 text-xl font-semibold">
              Your certificate
            </h2>
            <PrintPartButton part="certificate">Print the certificate</PrintPartButton>
          </div>
          <Certificate
            name={user.name}
            courseTitle={summary.courseTitle}
            modules={course.modules.map((m) => m.title)}
            lessons={course.lessons.length}
            completedAt={completedAt}
            zone={user.timeZone}
          />
        </section>
      ) : null}

      <section data-print-part="plan" aria-labelledby="plan-heading" className="flex flex-col gap-4 print:gap-0">
        <div className="no-print flex flex-wrap items-center justify-between gap-3">
          <h2 id="plan-heading" className="m-0 text-xl font-semibold">
            Your repair plan
          </h2>
          {plan.written > 0 ? <PrintPartButton part="plan">Print your plan</PrintPartButton> : null}
        </div>
        {plan.written === 0 ? (
          <p className="no-print m-0">
            You haven&rsquo;t written any of your plan yet. It takes shape in{" "}
            <Link href={course.modules.at(-1)?.href ?? "/learn"}>
              Module {plan.moduleNumber}: {plan.moduleTitle}
            </Link>
            .
          </p>
        ) : null}
        {planChars > PLAN_ONE_PAGE_CHARS ? (
          <p className="no-print m-0 text-sm text-ink-muted">
            Your plan is long, so printed it may run onto a second page. Every word is kept.
          </p>
        ) : null}
        <RepairPlan name={user.name} plan={plan} zone={user.timeZone} printedOn={new Date()} />
      </section>
    </div>
  );
}
