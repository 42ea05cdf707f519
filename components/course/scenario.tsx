"use client";
// A workplace situation with a few ways to respond; choosing one shows what
// would likely happen and why. Native radio buttons, so it works by keyboard
// and screen reader without extra wiring.
import { useId, useState } from "react";
import type { ScenarioProps } from "@/lib/course/schemas";

export function Scenario({ title, situation, choices }: ScenarioProps) {
  const id = useId();
  const [chosen, setChosen] = useState<number | null>(null);
  const choice = chosen === null ? undefined : choices[chosen];
  return (
    <fieldset className="my-8 rounded-lg border border-border bg-surface p-5">
      <legend className="px-1 text-sm font-semibold tracking-wide text-accent uppercase">Scenario</legend>
      <p className="mb-2 text-xl font-semibold">{title}</p>
      <p className="mb-4">{situation}</p>
      <p className="mb-2 font-medium" id={`${id}-ask`}>
        What would you do?
      </p>
      <div role="radiogroup" aria-labelledby={`${id}-ask`} className="flex flex-col gap-2">
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
              onChange={() => setChosen(index)}
              className="mt-1 size-5 shrink-0 accent-[var(--accent)]"
            />
            <span>{c.label}</span>
          </label>
        ))}
      </div>
      <div aria-live="polite" className="mt-4">
        {choice ? (
          <div className="rounded-md bg-surface-muted p-4">
            <p className="mb-2">
              <strong>What likely happens: </strong>
              {choice.outcome}
            </p>
            <p className="m-0">
              <strong>Why: </strong>
              {choice.why}
            </p>
          </div>
        ) : (
          <p className="text-sm text-ink-muted print:hidden">Choose an option to see what would likely happen.</p>
        )}
      </div>
      <div className="hidden print:block">
        <ol>
          {choices.map((c) => (
            <li key={c.label}>
              {c.label} — {c.outcome} {c.why}
            </li>
          ))}
        </ol>
      </div>
    </fieldset>
  );
}
