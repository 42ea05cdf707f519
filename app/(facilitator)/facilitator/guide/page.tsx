import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { Breadcrumbs } from "@/components/course/breadcrumbs";
import { PrintButton } from "@/components/ui/print-button";
import { requireRole } from "@/lib/auth/session";
import { DUE_SOON_DAYS } from "@/lib/cohorts/due";
import { QUIET_DAYS } from "@/lib/cohorts/grid";
import { NUDGE_MAX_CHARS, NUDGE_REPEAT_HOURS } from "@/lib/cohorts/nudges";
import { getCourse } from "@/lib/course/catalog";
import { facilitatorNotesFor } from "@/lib/course/facilitator-notes";
import { getPrompts } from "@/lib/course/prompts";
import {
  COHORT_DUE_NOTE,
  COHORT_WEEKS,
  DISCLOSURE,
  GUIDE_INTRO,
  NO_NOTE_QUESTION,
  visibilityText,
  WORKSHOP_AFTER,
  WORKSHOP_BEFORE,
  WORKSHOP_MINUTES,
  WORKSHOP_STEPS,
} from "./_content/guide";
import { CohortPlan } from "./_components/cohort-plan";
import { DiscussionQuestions } from "./_components/discussion-questions";
import { WorkshopPlan } from "./_components/workshop-plan";
import { cohortWeeks, lessonLink, notesByModule, workshopRows } from "./_lib/guide";
import "./guide-print.css";

export const metadata: Metadata = { title: "Facilitator guide" };

const GUIDE_PATH = "/facilitator/guide";

const SECTIONS = [
  { id: "how-it-works", label: "How the course works for a group" },
  { id: "workshop", label: "A 90-minute workshop" },
  { id: "cohort-plan", label: "A four-week cohort" },
  { id: "discussion", label: "Discussion questions, lesson by lesson" },
  { id: "disclosure", label: "When someone tells you about harm" },
  { id: "what-you-see", label: "What you can and can't see" },
] as const;

function heading(id: (typeof SECTIONS)[number]["id"]): string {
  return SECTIONS.find((s) => s.id === id)?.label ?? id;
}

export default async function FacilitatorGuidePage() {
  const facilitator = await requireRole("facilitator", GUIDE_PATH);
  const course = getCourse();
  const workshop = workshopRows(course, getPrompts(), WORKSHOP_STEPS);
  const weeks = cohortWeeks(course, COHORT_WEEKS);
  const discussion = notesByModule(course, (lesson) => {
    const notes = facilitatorNotesFor(facilitator, lesson.href);
    return notes && notes !== "forbidden" ? notes.notes : [];
  });
  const seeing = visibilityText({
    dueSoonDays: DUE_SOON_DAYS,
    quietDays: QUIET_DAYS,
    nudgeMaxChars: NUDGE_MAX_CHARS,
    nudgeRepeatHours: NUDGE_REPEAT_HOURS,
  });

  return (
    <div data-guide-page="" className="flex flex-col gap-12">
      <header className="flex flex-col gap-4">
        <Breadcrumbs items={[{ label: "Your cohorts", href: "/facilitator" }, { label: "Facilitator guide" }]} />
        <h1 className="m-0 text-3xl font-semibold">Facilitator guide</h1>
        <p className="m-0">{GUIDE_INTRO}</p>
        <div>
          <PrintButton>Print the guide</PrintButton>
        </div>
        <nav aria-label="On this page" className="no-print rounded-lg border border-border bg-surface p-4">
          <h2 className="m-0 text-base font-semibold">On this page</h2>
          {/* Each link a line of its own (inline-block: the line's full height, 27 px), so every target is at least 24 px tall. */}
          <ol className="m-0 mt-2 flex list-decimal flex-col gap-1 pl-6">
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`} className="inline-block py-0.5">
                  {s.label}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      </header>

      <section id="how-it-works" aria-labelledby="how-it-works-heading" className="flex flex-col gap-4">
        <h2 id="how-it-works-heading" className="m-0 text-2xl font-semibold">
          {heading("how-it-works")}
        </h2>
        <p className="m-0">
          The course has {course.modules.length} modules and {course.lessons.length} lessons, about {course.minutes}{" "}
          minutes of reading and writing in all. Each person works on their own account, at their own pace, on a phone
          or a computer. Lessons mix short reading, stories, quick questions to check understanding, and prompts to
          write about. What people write is private unless they choose to share an answer with your cohort.
        </p>
        <ol className="m-0 flex list-none flex-col gap-3 p-0">
          {course.modules.map((module) => (
            <li key={module.slug} className="rounded-lg border border-border bg-surface p-4 break-inside-avoid sm:p-5">
              <h3 className="m-0 text-lg font-semibold">
                Module {module.number}: {module.title}
              </h3>
              <p className="m-0 mt-1 text-sm text-ink-muted">About {module.minutes} minutes</p>
              <p className="m-0 mt-2">{module.summary}</p>
              <ol className="m-0 mt-2 list-none p-0">
                {module.lessons.map((lesson) => {
                  const link = lessonLink(course, lesson);
                  return (
                    <li key={lesson.key}>
                      <Link href={link.href}>
                        Lesson {link.number}: {link.title}
                      </Link>{" "}
                      <span className="text-ink-muted">({link.minutes} min)</span>
                    </li>
                  );
                })}
              </ol>
            </li>
          ))}
        </ol>
        <p className="m-0">
          You can run it as one {WORKSHOP_MINUTES}-minute workshop that gives people a start, or as a cohort over four
          weeks, one module a week. Either way, create a cohort in <Link href="/facilitator">Your cohorts</Link> so you
          can follow progress and read what people choose to share.
        </p>
      </section>

      <section id="workshop" aria-labelledby="workshop-heading" className="flex flex-col gap-4 print:gap-2">
        <h2 id="workshop-heading" className="m-0 text-2xl font-semibold">
          {heading("workshop")}
        </h2>
        <div>
          <h3 className="m-0 text-lg font-semibold">Before the day</h3>
          <ul className="m-0 mt-1 list-disc pl-5 print:text-sm">
            {WORKSHOP_BEFORE.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </div>
        <WorkshopPlan rows={workshop} total={WORKSHOP_MINUTES} />
        <p className="m-0 print:text-sm">{WORKSHOP_AFTER}</p>
      </section>

      <section id="cohort-plan" aria-labelledby="cohort-plan-heading" className="flex flex-col gap-4">
        <h2 id="cohort-plan-heading" className="m-0 text-2xl font-semibold">
          {heading("cohort-plan")}
        </h2>
        <p className="m-0">{COHORT_DUE_NOTE}</p>
        <CohortPlan weeks={weeks} />
      </section>

      <section id="discussion" aria-labelledby="discussion-heading" className="flex flex-col gap-4">
        <h2 id="discussion-heading" className="m-0 text-2xl font-semibold">
          {heading("discussion")}
        </h2>
        <p className="m-0">
          These are the facilitator notes written into each lesson. When you are signed in, you also see them inside the
          lesson, where learners never do.
        </p>
        <DiscussionQuestions modules={discussion} noNote={NO_NOTE_QUESTION} />
      </section>

      <section
        id="disclosure"
        aria-labelledby="disclosure-heading"
        className="flex flex-col gap-4 rounded-lg border-l-4 border-accent bg-surface p-4 sm:p-6"
      >
        <h2 id="disclosure-heading" className="m-0 text-2xl font-semibold">
          {heading("disclosure")}
        </h2>
        <p className="m-0">{DISCLOSURE.intro}</p>
        <h3 className="m-0 text-lg font-semibold">What to do</h3>
        <ol className="m-0 flex list-decimal flex-col gap-2 pl-6">
          {DISCLOSURE.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <h3 className="m-0 text-lg font-semibold">If it comes up in the group</h3>
        <p className="m-0">{DISCLOSURE.inGroup}</p>
        <h3 className="m-0 text-lg font-semibold">When this course is not the right tool</h3>
        <p className="m-0">{DISCLOSURE.notTheTool}</p>
        <p className="m-0">{DISCLOSURE.whatToSay}</p>
      </section>

      <section id="what-you-see" aria-labelledby="what-you-see-heading" className="flex flex-col gap-4">
        <h2 id="what-you-see-heading" className="m-0 text-2xl font-semibold">
          {heading("what-you-see")}
        </h2>
        <p className="m-0">{seeing.intro}</p>
        <h3 className="m-0 text-lg font-semibold">You can see</h3>
        <ul className="m-0 flex list-disc flex-col gap-2 pl-6">
          {seeing.canSee.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <h3 className="m-0 text-lg font-semibold">{"You can't see"}</h3>
        <ul className="m-0 flex list-disc flex-col gap-2 pl-6">
          {seeing.cannotSee.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <h3 className="m-0 text-lg font-semibold">When sharing changes</h3>
        <ul className="m-0 flex list-disc flex-col gap-2 pl-6">
          {seeing.changes.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <h3 className="m-0 text-lg font-semibold">Nudges</h3>
        <p className="m-0">{seeing.nudges}</p>
        <h3 className="m-0 text-lg font-semibold">Exports</h3>
        <p className="m-0">{seeing.exports}</p>
      </section>
    </div>
  );
}
