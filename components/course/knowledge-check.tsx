"use client";
// A question to check understanding. After answering, every option shows its
// explanation, so a wrong answer still teaches something.
import { useId, useState } from "react";
import type { KnowledgeCheckProps } from "@/lib/course/schemas";

export function KnowledgeCheck({ question, options }: KnowledgeCheckProps) {
  const id = useId();
  const [selected, setSelected] = useState<number | null>(null);
  const [checked, setChecked] = useState(false);
  const chosen = selected === null ? undefined : options[selected];
  return (
    <fieldset className="my-8 rounded-lg border border-border bg-surface p-5">
      <legend className="px-1 text-sm font-semibold tracking-wide text-accent uppercase">
        Check your understanding
      </legend>
      <p className="mb-4 text-lg font-semibold" id={`${id}-q`}>
        {question}
      </p>
      <div role="radiogroup" aria-labelledby={`${id}-q`} className="flex flex-col gap-2">
        {options.map((option, index) => (
          <div key={option.label} className="rounded-md border border-border px-3 py-3">
            <label className="flex cursor-pointer items-start gap-3">
              <input
                type="radio"
                name={`${id}-option`}
                value={index}
                checked={selected === index}
                onChange={() => {
                  setSelected(index);
                  setChecked(false);
                }}
                className="mt-1 size-5 shrink-0 accent-[var(--accent)]"
              />
              <span>{option.label}</span>
            </label>
            {checked ? (
              <p className={`mt-2 mb-0 ml-8 text-sm ${option.correct ? "text-success" : "text-ink-muted"}`}>
                <strong>{option.correct ? "Best answer. " : "Not quite. "}</strong>
                {option.explanation}
              </p>
            ) : null}
          </div>
        ))}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button
          type="button"
          disabled={selected === null}
          onClick={() => setChecked(true)}
          className="min-h-11 rounded-md bg-accent px-4 font-medium text-accent-ink disabled:cursor-not-allowed disabled:opacity-60"
        >
          Check answer
        </button>
        <p aria-live="polite" className="m-0 font-medium">
          {checked && chosen ? (chosen.correct ? "That's right." : "Not quite — see the explanations above.") : ""}
        </p>
      </div>
    </fieldset>
  );
}
