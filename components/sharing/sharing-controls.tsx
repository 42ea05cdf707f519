"use client";
// Sharing one answer, where the answer is: "Share…" opens a confirmation
// that names who will be able to read it before anything is shared (one
// cohort: that cohort; several: the learner picks one, each with its
// facilitators), and "Stop sharing" is one step. Native <details>, radios and
// forms, so the journal's server-action forms work without JavaScript; the
// lesson island passes its own handlers. See docs/decisions/016-per-cohort-sharing.md.
import { useEffect, useRef, type ReactNode } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { ShareIcon } from "@/components/ui/inline-icons";
import { Toast, toastKey } from "@/components/ui/toast";
import { useDrawnWhenOpen } from "@/components/ui/use-drawn-when-open";
import { noCohortMessage, readersSentence, shareable, type SharingCohort } from "@/lib/cohorts/visibility";

export type SharingOutcome = { tone: "success" | "error"; message: string };

type FormHandler = (formData: FormData) => void | Promise<void>;

type Props = {
  entryId: string;
  /** Ends the buttons' names for screen readers, e.g. "your answer from March 1, 2026". */
  what: string;
  /** The cohorts the answer is shared with now. */
  sharedWith: SharingCohort[];
  /** Every cohort the learner is in (archived ones too). */
  cohorts: SharingCohort[];
  share: FormHandler;
  stop: FormHandler;
  onShareSubmit?: () => void;
  onStopSubmit?: () => void;
  pending: boolean;
  /** The last thing that happened, shown and announced; a new object each time. */
  outcome: SharingOutcome | null;
  /** Why the cohort chosen was refused, shown beside the choice. */
  cohortError?: string;
  /**
   * How a success is announced: a status region (the journal), or a polite
   * live region (the lesson, where the editor's save status is already the
   * answer's one status region). Screen readers announce both the same way.
   */
  announce?: "status" | "live";
  /**
   * The confirmation is drawn only once "Share…" is opened (the journal, with
   * an answer's controls thirty times a page; decision 063). Without
   * JavaScript, opening it shows a link to `href`: the same page with this
   * answer's confirmation drawn open, which the page says with `open`;
   * there "Not now" is a link to `closedHref`, the same page with it closed.
   */
  onDemand?: SharingOnDemand;
};

export type SharingOnDemand = { href: string; closedHref: string; open: boolean };

export function SharingControls({
  entryId,
  what,
  sharedWith,
  cohorts,
  share,
  stop,
  onShareSubmit,
  onStopSubmit,
  pending,
  outcome,
  cohortError,
  announce = "status",
  onDemand,
}: Props) {
  const said = useRef<HTMLDivElement>(null);
  const sharedIds = new Set(sharedWith.map((c) => c.id));
  const choices = shareable(cohorts).filter((c) => !sharedIds.has(c.id));

  // The button pressed may be gone once the answer is shared or unshared:
  // bring focus to what happened rather than leave it nowhere.
  useEffect(() => {
    if (!outcome) return;
    const active = document.activeElement;
    if (!active || active === document.body) said.current?.focus();
  }, [outcome]);

  return (
    <div className="not-prose" data-sharing={entryId}>
      <div className="flex flex-wrap items-start gap-x-3 gap-y-2">
        {sharedWith.length > 0 ? (
          <form action={stop} onSubmit={onStopSubmit}>
            <input type="hidden" name="entryId" value={entryId} />
            <Button type="submit" variant="secondary" disabled={pending}>
              {sharedWith.length > 1 ? "Stop sharing with everyone" : "Stop sharing"}
              <span className="sr-only"> {what}</span>
            </Button>
          </form>
        ) : null}
        {sharedWith.length > 1
          ? sharedWith.map((cohort) => (
              <form key={cohort.id} action={stop} onSubmit={onStopSubmit}>
                <input type="hidden" name="entryId" value={entryId} />
                <input type="hidden" name="cohortId" value={cohort.id} />
                <Button type="submit" variant="quiet" className="text-left" disabled={pending}>
                  Stop sharing with {cohort.name}
                  <span className="sr-only"> ({what})</span>
                </Button>
              </form>
            ))
          : null}

        {choices.length > 0 ? (
          // Closed again after each change, so the next choice starts fresh.
          <ShareDetails
            key={[...sharedIds].join(" ")}
            label={
              sharedWith.length > 0
                ? "Share with another cohort…"
                : choices.length === 1
                  ? `Share with ${choices[0]!.name}…`
                  : "Share…"
            }
            what={what}
            onDemand={onDemand}
            opened={cohortError !== undefined}
          >
            {(notNow) => (
              <form
                action={share}
                onSubmit={onShareSubmit}
                className="mt-3 flex flex-col gap-3 rounded-md border border-accent bg-accent-soft p-3"
              >
                <input type="hidden" name="entryId" value={entryId} />
                <ShareChoice choices={choices} entryId={entryId} error={cohortError} />
                <p className="m-0 text-sm">
                  Only this answer is shared.{" "}
                  {choices.length === 1
                    ? `If someone else comes to facilitate ${choices[0]!.name}, they will see it too.`
                    : "If someone else comes to facilitate the cohort you choose, they will see it too."}{" "}
                  You can stop sharing at any time.
                </p>
                <div className="flex flex-wrap gap-2">
                  <Button type="submit" disabled={pending}>
                    <ShareIcon />
                    {pending
                      ? "Sharing…"
                      : choices.length === 1
                        ? `Yes, share with ${choices[0]!.name}`
                        : "Share this answer"}
                  </Button>
                  {notNow}
                </div>
              </form>
            )}
          </ShareDetails>
        ) : sharedWith.length === 0 ? (
          <p className="m-0 text-sm text-ink-muted">{noCohortMessage(cohorts)}</p>
        ) : null}
      </div>
      {/* Always there (empty until something happens), so screen readers announce what is put in it:
          a success, drawn as the toast, which then settles here. Focus comes here when the button pressed has gone. */}
      <div
        ref={said}
        tabIndex={-1}
        {...(announce === "status" ? { role: "status" } : { "aria-live": "polite" as const })}
        className="text-sm"
      >
        {outcome?.tone === "success" ? (
          <Toast key={toastKey(outcome)} announce="none">
            {outcome.message}
          </Toast>
        ) : null}
      </div>
      {outcome?.tone === "error" ? (
        <p role="alert" className="m-0 mt-3 text-sm font-medium text-danger">
          {outcome.message}
        </p>
      ) : null}
    </div>
  );
}

/** "Share…" and, once opened, the confirmation (`children`, given its "Not now"). */
function ShareDetails({
  label,
  what,
  onDemand,
  opened,
  children,
}: {
  label: string;
  what: string;
  onDemand?: SharingOnDemand;
  /** A choice was refused: draw it open, with why. */
  opened: boolean;
  children: (notNow: ReactNode) => ReactNode;
}) {
  const drawn = useDrawnWhenOpen({ onDemand: onDemand !== undefined, drawnOpen: opened || (onDemand?.open ?? false) });
  // "Not now" closes it in place; on a page drawn with it open, until the
  // script runs (or without JavaScript), it is a link to the page without it.
  const notNow =
    onDemand && !drawn.running ? (
      <a href={onDemand.closedHref} className={buttonClass("secondary")}>
        Not now
      </a>
    ) : (
      <Button type="button" variant="secondary" onClick={drawn.close}>
        Not now
      </Button>
    );
  return (
    // Open, it takes the whole row.
    <details {...drawn.details} className="open:w-full">
      <summary {...drawn.summary} className={buttonClass("secondary", "w-fit cursor-pointer list-none")}>
        {label}
        <span className="sr-only"> {what}</span>
      </summary>
      {drawn.open ? (
        children(notNow)
      ) : drawn.fallback && onDemand ? (
        <p className="m-0 mt-3">
          <a href={onDemand.href}>Choose who can read it</a>
        </p>
      ) : null}
    </details>
  );
}

/** One cohort: named, with who will read it. Several: a choice, each with its readers. */
function ShareChoice({ choices, entryId, error }: { choices: SharingCohort[]; entryId: string; error?: string }) {
  const errorId = `share-error-${entryId}`;
  const only = choices.length === 1 ? choices[0] : undefined;
  if (only) {
    return (
      <div className="flex flex-col gap-1">
        <input type="hidden" name="cohortId" value={only.id} />
        <p className="m-0 font-medium">Share this answer with {only.name}?</p>
        <p className="m-0">{readersSentence(only)}</p>
        {error ? (
          <p id={errorId} className="m-0 text-sm text-danger">
            {error}
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <fieldset className="m-0 flex flex-col gap-2 border-0 p-0" aria-describedby={error ? errorId : undefined}>
      <legend className="mb-1 p-0 font-medium">Who should be able to read it?</legend>
      {error ? (
        <p id={errorId} className="m-0 text-sm text-danger">
          {error}
        </p>
      ) : null}
      {choices.map((cohort) => {
        const id = `share-${entryId}-${cohort.id}`;
        return (
          <div key={cohort.id} className="flex items-start gap-3">
            <input
              id={id}
              type="radio"
              name="cohortId"
              value={cohort.id}
              required
              aria-describedby={`${id}-who`}
              className="mt-3 h-5 w-5 shrink-0 accent-accent"
            />
            <div className="flex flex-col">
              <label htmlFor={id} className="flex min-h-11 cursor-pointer items-center font-medium">
                {cohort.name}
              </label>
              <p id={`${id}-who`} className="m-0 text-sm">
                {readersSentence(cohort)}
              </p>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
