import type { PlanLookBackProps } from "@/lib/course/schemas";
import { PlanLookBackDay } from "./islands";

/**
 * Module 4's look-back date: a real day, scheduled as a look-back at the
 * learner's answer to `answer` (their part, in their repair plan). The frame
 * is part of the static lesson; the island loads the learner's own state.
 */
export function PlanLookBack({ answer }: PlanLookBackProps) {
  return (
    <section
      aria-labelledby="plan-look-back-heading"
      className="plan-look-back not-prose my-10 flex flex-col gap-3 rounded-lg border-2 border-accent bg-surface p-5"
    >
      <p className="m-0 text-sm font-semibold tracking-wide text-accent uppercase">Your look-back day</p>
      <h2 id="plan-look-back-heading" className="m-0 text-xl font-semibold">
        On what day will you look back at your plan?
      </h2>
      <PlanLookBackDay answer={answer} />
    </section>
  );
}
