"use client";
// A workplace situation with a few ways to respond; choosing one says in words
// how good a choice it is, what would likely happen and why. A choice may lead
// to a second decision ("What happens next"), shown below its outcome once it
// is chosen; changing the first choice shows that choice's next step, or none.
// Native radio buttons, so it works by keyboard and screen reader without
// extra wiring; each decision has its own status region for its outcome. On
// paper every choice is listed with its rating and outcome, and its next step
// under it. A signed-in learner's choices are kept (lib/progress/choices.ts;
// a next step under followUpId) and shown again, with their outcomes, when
// they come back.
import { useId, useRef, useState } from "react";
import { followUpId } from "@/lib/course/item-ids";
import type { ScenarioFollowUp, ScenarioProps, ScenarioRating } from "@/lib/course/schemas";
import { Mark, type MarkShape } from "./answer-marks";
import { useChoiceMadeEarly } from "./early-choice";
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

type Choice = { label: string; rating: ScenarioRating; outcome: string; why: string };

function RatingBadge({ rating }: { rating: ScenarioRating }) {
  const { shape, style } = RATING_LOOK[rating];
  return (
    <p className={`mt-0 mb-3 inline-flex items-start gap-2 rounded-md border px-3 py-1 font-semibold ${style}`}>
      <Mark shape={shape} className="mt-[0.3em]" />
      <span>{RATING_WORDS[rating]}.</span>
    </p>
  );
}

/**
 * One decision's remembered choice: the one made on this visit (`local`,
 * held by the caller so it outlives a next step that is hidden and shown
 * again), else the one kept from an earlier visit.
 */
function useDecision(itemId: string, local: number | null, setLocal: (index: number) => void) {
  const saved = useSavedChoice(itemId);
  const { save, failed } = useChoiceSaver(itemId);
  const earlier = local === null && saved?.kind === "scenario" ? saved.chosen : null;
  return {
    chosen: local ?? earlier,
    earlier,
    failed,
    choose: (index: number) => {
      setLocal(index);
      save?.({ kind: "scenario", chosen: index });
    },
  };
}

/** The radio buttons, the outcome of the choice made, and a word about an earlier visit or a failed save. */
function Decision({
  ask,
  choices,
  decision,
  leadsOn,
}: {
  ask: string;
  choices: readonly Choice[];
  decision: ReturnType<typeof useDecision>;
  /** Whether the chosen option has a next step below (said in the outcome, so a screen reader hears it). */
  leadsOn: boolean;
}) {
  const id = useId();
  const { chosen, earlier, failed, choose } = decision;
  const group = useRef<HTMLDivElement>(null);
  useChoiceMadeEarly(group, chosen, choose);
  const choice = chosen === null ? undefined : choices[chosen];
  return (
    <>
      <p className="mb-2 font-medium" id={`${id}-ask`}>
        {ask}
      </p>
      <div ref={group} role="radiogroup" aria-labelledby={`${id}-ask`} className="flex flex-col gap-2 print:hidden">
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
            {leadsOn ? (
              <p className="mt-2 mb-0 text-sm text-ink-muted">This choice leads to a next step, below.</p>
            ) : null}
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
    </>
  );
}

/** The second decision that follows one choice, in a box of its own below that choice's outcome. */
function FollowUp({
  itemId,
  followUp,
  local,
  setLocal,
}: {
  itemId: string;
  followUp: ScenarioFollowUp;
  local: number | null;
  setLocal: (index: number) => void;
}) {
  const decision = useDecision(itemId, local, setLocal);
  return (
    <fieldset className="mt-5 rounded-lg border border-l-4 border-border border-l-accent bg-surface p-4 print:hidden">
      <legend className="px-1 text-sm font-semibold tracking-wide text-accent uppercase">What happens next</legend>
      <p className="mt-0 mb-4">{followUp.situation}</p>
      <Decision ask="What would you do now?" choices={followUp.choices} decision={decision} leadsOn={false} />
    </fieldset>
  );
}

export function Scenario({ id: itemId, title, situation, choices }: ScenarioProps) {
  // Null until the learner chooses on this visit; until then their earlier choice shows.
  const [local, setLocal] = useState<number | null>(null);
  // The next steps' choices made on this visit, by the first choice they follow.
  const [followUpLocal, setFollowUpLocal] = useState<Record<number, number>>({});
  const decision = useDecision(itemId, local, setLocal);
  const chosen = decision.chosen;
  const next = chosen === null ? undefined : choices[chosen]?.then;
  return (
    <fieldset className="my-8 rounded-lg border border-border bg-surface p-5">
      <legend className="px-1 text-sm font-semibold tracking-wide text-accent uppercase">Scenario</legend>
      <p className="mt-0 mb-2 text-xl font-semibold">{title}</p>
      <p className="mb-4">{situation}</p>
      <Decision ask="What would you do?" choices={choices} decision={decision} leadsOn={next !== undefined} />
      {next && chosen !== null ? (
        <FollowUp
          key={chosen}
          itemId={followUpId(itemId, chosen)}
          followUp={next}
          local={followUpLocal[chosen] ?? null}
          setLocal={(index) => setFollowUpLocal((all) => ({ ...all, [chosen]: index }))}
        />
      ) : null}
      <ol className="hidden print:block">
        {choices.map((c) => (
          <li key={c.label}>
            <strong>{c.label}</strong>
            <em> {RATING_WORDS[c.rating]}.</em> {c.outcome} {c.why}
            {c.then ? (
              <div className="mt-2 mb-3 border-l-2 border-black pl-3">
                <p className="my-1">
                  <strong>What happens next: </strong>
                  {c.then.situation}
                </p>
                <ol className="my-1">
                  {c.then.choices.map((f) => (
                    <li key={f.label}>
                      <strong>{f.label}</strong>
                      <em> {RATING_WORDS[f.rating]}.</em> {f.outcome} {f.why}
                    </li>
                  ))}
                </ol>
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </fieldset>
  );
}
