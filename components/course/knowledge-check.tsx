"use client";
// A question to check understanding that lets the learner think it through.
// A wrong answer is marked "Not quite." (words and an icon) and explains only
// itself; the learner can try another, and tried answers stay marked. Every
// option's explanation opens once they find the best answer or press "Show
// the answer". Native radio buttons, so keyboard and screen readers work
// without extra wiring; a status region says what happened after each check.
// A signed-in learner's tries are kept (lib/progress/choices.ts) and shown
// again, marked the same way, when they come back.
import { useId, useRef, useState } from "react";
import type { KnowledgeCheckProps } from "@/lib/course/schemas";
import type { CheckFinish } from "@/lib/progress/choices";
import { Mark } from "./answer-marks";
import { useChoiceMadeEarly } from "./early-choice";
import { useChoiceSaver, useSavedChoice } from "./lesson-context";

type Finish = CheckFinish;
type Progress = { tried: readonly number[]; finish: Finish | null };

const EARLIER: Record<Finish | "trying", string> = {
  found: "You found the answer on an earlier visit.",
  shown: "You asked to see the answer on an earlier visit.",
  trying: "Your tries from an earlier visit are marked.",
};

function wrongMessage(triedBefore: number, untriedLeft: number): string {
  if (untriedLeft === 1) return "Not this one either. There's one answer left to try.";
  if (triedBefore === 0) return "Not this one. Read why under your choice, then try another.";
  return "Not this one either. Read why under it, then try again.";
}

export function KnowledgeCheck({ id: itemId, question, options }: KnowledgeCheckProps) {
  const id = useId();
  const saved = useSavedChoice(itemId);
  const { save, failed } = useChoiceSaver(itemId);
  const [picked, setPicked] = useState<number | null>(null);
  // Null until the learner does something on this visit; until then the kept tries show.
  const [local, setLocal] = useState<Progress | null>(null);
  const [message, setMessage] = useState("");
  const radios = useRef<(HTMLInputElement | null)[]>([]);
  const rightIndex = options.findIndex((option) => option.correct);
  const earlier =
    local === null && saved?.kind === "check" && (saved.finish !== null || saved.tried.length > 0) ? saved : null;
  const { tried, finish } = local ?? earlier ?? { tried: [], finish: null };
  const done = finish !== null;
  const selected = picked ?? (earlier?.finish === "found" ? rightIndex : null);
  const group = useRef<HTMLDivElement>(null);
  useChoiceMadeEarly(group, selected, setPicked);

  function update(next: Progress) {
    setLocal(next);
    save?.({ kind: "check", tried: [...next.tried], finish: next.finish });
  }

  // The buttons go away once the answer is known, so focus moves to the right
  // option (its explanation is read with it) instead of falling to the page.
  function end(how: Finish, text: string) {
    update({ tried, finish: how });
    setMessage(text);
    radios.current[rightIndex]?.focus();
  }

  function check() {
    if (selected === null) {
      setMessage("Choose an answer first, then check it.");
      return;
    }
    if (options[selected]?.correct) {
      end(
        "found",
        tried.length === 0
          ? "Yes, that's right! Every option now shows why."
          : "Yes, you found it! Every option now shows why.",
      );
      return;
    }
    if (tried.includes(selected)) {
      setMessage("You've tried that one already. Choose a different answer.");
      return;
    }
    update({ tried: [...tried, selected], finish: null });
    setMessage(wrongMessage(tried.length, options.length - tried.length - 1));
  }

  return (
    <fieldset className="my-8 rounded-lg border border-border bg-surface p-5">
      <legend className="px-1 text-sm font-semibold tracking-wide text-accent uppercase">
        Check your understanding
      </legend>
      <p className="mt-0 mb-4 text-lg font-semibold" id={`${id}-q`}>
        {question}
      </p>
      <div ref={group} role="radiogroup" aria-labelledby={`${id}-q`} className="flex flex-col gap-2">
        {options.map((option, index) => {
          const wasTried = tried.includes(index);
          const explained = done || wasTried;
          const right = done && option.correct;
          const whyId = `${id}-why-${index}`;
          const box = right
            ? "border border-success bg-success-soft ring-1 ring-success"
            : wasTried
              ? "border border-dashed border-danger"
              : "border border-border has-checked:border-accent has-checked:bg-accent-soft";
          return (
            <div key={option.label} className={`rounded-md px-3 py-3 ${box}`}>
              <label className="flex cursor-pointer items-start gap-3">
                <input
                  ref={(element) => {
                    radios.current[index] = element;
                  }}
                  type="radio"
                  name={`${id}-option`}
                  value={index}
                  checked={selected === index}
                  onChange={() => setPicked(index)}
                  aria-describedby={explained ? whyId : undefined}
                  className="mt-1 size-5 shrink-0 accent-[var(--accent)]"
                />
                <span>{option.label}</span>
              </label>
              {explained ? (
                <p id={whyId} className="mt-2 mb-0 ml-8 flex items-start gap-2 text-base">
                  <Mark
                    shape={option.correct ? "tick" : "cross"}
                    className={`mt-1 ${option.correct ? "text-success" : "text-danger"}`}
                  />
                  <span>
                    <strong>{option.correct ? "Best answer. " : "Not quite. "}</strong>
                    {option.explanation}
                  </span>
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
      {done ? null : (
        <div className="mt-4 flex flex-wrap items-center gap-3 print:hidden">
          <button
            type="button"
            onClick={check}
            className="min-h-11 rounded-md bg-accent px-4 font-medium text-accent-ink"
          >
            Check answer
          </button>
          <button
            type="button"
            onClick={() => end("shown", "Here's the answer. Every option now shows why.")}
            className="min-h-11 rounded-md border border-border px-4 font-medium"
          >
            Show the answer
          </button>
        </div>
      )}
      <p role="status" className="mt-3 mb-0 font-medium empty:mt-0 print:hidden">
        {message}
      </p>
      {earlier || failed ? (
        <p className="mt-3 mb-0 text-sm text-ink-muted print:hidden">
          {failed
            ? "This try couldn't be saved to your account just now; it still counts here."
            : EARLIER[earlier?.finish ?? "trying"]}
        </p>
      ) : null}
    </fieldset>
  );
}
