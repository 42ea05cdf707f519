"use client";
// The signed-in learner's part of a static module page: each lesson's state
// in words, and the step to take ("Start with …", "Continue with …", or
// "Module complete").
import { ButtonLink } from "@/components/ui/button";
import { LessonState } from "./lesson-state";
import { useCourseProgress } from "./use-course-progress";

/** Beside one lesson of the list: its state, once known; nothing for a reader who isn't signed in. */
export function LessonStatusSlot({ lessonKey }: { lessonKey: string }) {
  const progress = useCourseProgress();
  const status = progress.kind === "ready" ? progress.view.lessons[lessonKey] : undefined;
  return <span className="min-h-5">{status ? <LessonState status={status} /> : null}</span>;
}

type Step = { key: string; title: string; href: string };

export function ModuleNextStep({ lessons, nextModule }: { lessons: Step[]; nextModule: Step | null }) {
  const progress = useCourseProgress();
  const first = lessons[0];
  if (!first) return null;
  if (progress.kind !== "ready") return <ButtonLink href={first.href}>Start with “{first.title}”</ButtonLink>;
  const states = progress.view.lessons;
  const open = lessons.filter((l) => states[l.key] !== "completed");
  if (open.length === 0) {
    return (
      <div className="flex flex-col gap-3 rounded-lg border-l-4 border-success bg-success-soft p-5">
        <p className="m-0 font-semibold">You have completed every lesson in this module.</p>
        {nextModule ? (
          <div>
            <ButtonLink href={nextModule.href}>Go on to “{nextModule.title}”</ButtonLink>
          </div>
        ) : null}
      </div>
    );
  }
  if (open.length === lessons.length && open.every((l) => states[l.key] === "not-started")) {
    return <ButtonLink href={first.href}>Start with “{first.title}”</ButtonLink>;
  }
  // The lesson last open, if it is in this module and not done; else the first one not done.
  const last = progress.view.continueWith;
  const next = open.find((l) => l.key === last?.key) ?? open[0]!;
  return <ButtonLink href={next.href}>Continue with “{next.title}”</ButtonLink>;
}
