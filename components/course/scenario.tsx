"use client";
// A workplace situation with a few ways to respond; choosing one says in words
// how good a choice it is, what would likely happen and why. Native radio
// buttons, so it works by keyboard and screen reader without extra wiring. On
// paper every choice is listed with its rating and outcome. A signed-in
// learner's choice is kept (lib/progress/choices.ts) and shown again, with
// its outcome, when they come back.
import { useId, useState } from "react";
import type { ScenarioProps, ScenarioRating } from "@/lib/course/schemas";
import { Mark, type MarkShape } from "./answer-marks";
import { useChoiceSaver, useSavedChoice } from "./lesson-context";

/** The words a learner reads for each rating the lesson gives a choice. */
export const RATING_WORDS: Record<ScenarioRating, string> = {
  strong: "A strong choice",
  partial: "Helps a little",
  none: "Doesn't fix it",
  worse: "Likely to make it worse",
};

const RATING_LOOK: Record<ScenarioRating, { shape: MarkShape; style: string }> = {
  strong: { shape: "tick", style: "border-success bg-success-soft text-success" },
  partial: { shape: "up", style: "border-accent bg-accent-soft text-ink" },
  none: { shape: "level", style: "border-border bg-warning-soft text-ink" },
  worse: { shape: "down", style: "border-danger bg-danger-soft text-danger" },
};

function RatingBadge({ rating }: { rating: ScenarioRating }) {
  const { shape, style } = RATING_LOOK[rating];
  return (
    <p className={`mt-0 mb-3 inline-flex items-start gap-2 rounded-md border px-3 py-1 font-semibold ${style}`}>
      <Mark shape={shape} className="mt-[0.3em]" />
      <span>{RATING_WORDS[rating]}.</span>
    </p>
  );
}

export function Scenario({ id: itemId, title, situation, choices }: ScenarioProps) {
  const id = useId();
  const saved = useSavedChoice(itemId);
  const { save, failed } = useChoiceSaver(itemId);
  // Null until the learner chooses on this visit; until then their earlier choice shows.
  const [local, setLocal] = useState<number | null>(null);
  const earlier = local === null && saved?.kind === "scenario" ? saved.chosen : null;
  const chosen = local ?? earlier;
  const choice = chosen === null ? undefined : choices[chosen];
  function choose(index: number) {
    setLocal(index);
    save?.({ kind: "scenario", chosen: index });
  }
  return (
    <fieldset className="my-8 rounded-lg border border-border bg-surface p-5">
      <legend className="px-1 text-sm font-semibold tracking-wide text-accent uppercase">Scenario</legend>
      <p className="mt-0 mb-2 text-xl font-semibold">{title}</p>
      <p className="mb-4">{situation}</p>
      <p className="mb-2 font-medium" id={`${id}-ask`}>
        What would you do?
      </p>
      <div role="radiogroup" aria-labelledby={`${id}-ask`} className="flex flex-col gap-2 print:hidden">
        {choices.map((c, index) => (
          <label
            key={c.label}
            className="flex cursor-pointer items-start gap-3 rounded-md border border-border px-3 py-3 has-checked:border-accent has-checked:bg-accent-soft"
          >
            <input
              type="radio"
              name={`${id}-choice`}
              value={index}
              checked={chosen === index}
              onChange={() => choose(index)}
              className="mt-1 size-5 shrink-0 accent-[var(--accent)]"
            />
            <span>{c.label}</span>
          </label>
        ))}
      </div>
      <div role="status" className="mt-4 print:hidden">
        {choice ? (
          <div className="rounded-md bg-surface-muted p-4">
            <RatingBadge rating={choice.rating} />
            <p className="mt-0 mb-2">
              <strong>What likely happens: </strong>
              {choice.outcome}
            </p>
            <p className="mt-0 mb-0">
              <strong>Why: </strong>
              {choice.why}
            </p>
          </div>
        ) : (
          <p className="mt-0 mb-0 text-sm text-ink-muted">Choose an option to see how it would likely go.</p>
        )}
      </div>
      {earlier !== null || failed ? (
        <p className="mt-3 mb-0 text-sm text-ink-muted print:hidden">
          {failed
            ? "This choice couldn't be saved to your account just now; it still shows here."
            : "Your choice from an earlier visit. Choose another to see how it would go."}
        </p>
      ) : null}
      <ol className="hidden print:block">
        {choices.map((c) => (
          <li key={c.label}>
            <strong>{c.label}</strong>
            <em> {RATING_WORDS[c.rating]}.</em> {c.outcome} {c.why}
          </li>
        ))}
      </ol>
    </fieldset>
  );
}
