"use client";
// Under an answer (in the journal, and in the lesson once it is saved): its
// look-back, if one is set ("Look back on Friday, December 12", move it,
// cancel it, or look back now), or a way to schedule one: in 1 week, 2 weeks,
// 1 month, or on a day the learner picks (docs/decisions/028-look-backs.md).
// The server actions come in as props (components never import app/); the
// forms post without JavaScript too.
import Link from "@/components/ui/link";
import { useId } from "react";
import { ActionForm, FormOutcome, SubmitButton } from "@/components/ui/action-form";
import { useFormAction, useOnSuccess, type FormAction } from "@/components/ui/use-form-action";
import { formatDay } from "@/lib/time/format";
import { lookBackPath } from "@/lib/lookbacks/path";
import { useDrawnWhenOpen } from "@/components/ui/use-drawn-when-open";

export type EntryLookBack = { id: string; day: string; due: boolean; done: boolean };
/** The journal's schedule and cancel actions (app/(journal)/journal/look-back/actions.ts). */
export type LookBackActions = { schedule: FormAction; cancel: FormAction };

const CHOICES = [
  { value: "1w", label: "In 1 week" },
  { value: "2w", label: "In 2 weeks" },
  { value: "1m", label: "In 1 month" },
  { value: "date", label: "On a day I pick" },
] as const;

function ScheduleForm({ entryId, moving, action }: { entryId: string; moving: boolean; action: FormAction }) {
  const form = useFormAction(action);
  const id = useId();
  const when = form.value("when", "2w");
  const dayErrors = form.errors("day");
  return (
    <ActionForm form={form} className="flex flex-col gap-3">
      <input type="hidden" name="entryId" value={entryId} />
      <fieldset className="m-0 flex flex-col gap-1 border-0 p-0">
        <legend className="mb-1 text-sm font-medium">When do you want to look back at this answer?</legend>
        {CHOICES.map((choice) => (
          <label key={choice.value} className="flex min-h-11 items-center gap-2">
            <input type="radio" name="when" value={choice.value} defaultChecked={when === choice.value} />
            {choice.label}
          </label>
        ))}
      </fieldset>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-day`} className="text-sm font-medium">
          The day (for &ldquo;On a day I pick&rdquo;)
        </label>
        <input
          id={`${id}-day`}
          type="date"
          name="day"
          defaultValue={form.value("day")}
          aria-invalid={dayErrors ? true : undefined}
          aria-describedby={dayErrors ? `${id}-day-error` : undefined}
          className="min-h-11 w-fit rounded-md border border-border bg-surface px-3 py-2 text-base text-ink aria-invalid:border-danger"
        />
        {dayErrors ? (
          <p id={`${id}-day-error`} className="m-0 text-sm text-danger">
            {dayErrors[0]}
          </p>
        ) : null}
      </div>
      <SubmitButton pending={form.pending} busy="Saving…" variant="secondary" className="w-fit">
        {moving ? "Move the look-back" : "Schedule the look-back"}
      </SubmitButton>
    </ActionForm>
  );
}

/** Cancels the look-back of one answer; `onDone` runs after each success (an island that redraws itself). */
export function CancelLookBackForm({
  entryId,
  action,
  onDone = () => {},
}: {
  entryId: string;
  action: FormAction;
  onDone?: () => void;
}) {
  const form = useFormAction(action);
  useOnSuccess(form.state, onDone);
  return (
    <form action={form.action} className="flex flex-col gap-2">
      <FormOutcome form={form} />
      <input type="hidden" name="entryId" value={entryId} />
      <SubmitButton pending={form.pending} busy="Cancelling…" variant="quiet" className="w-fit px-0!">
        Cancel the look-back
      </SubmitButton>
    </form>
  );
}

export function LookBackControls({
  entryId,
  lookBack,
  actions,
  onDemand,
}: {
  entryId: string;
  lookBack: EntryLookBack | null;
  actions: LookBackActions;
  /**
   * The forms are drawn only once "Schedule a look-back" is opened (the
   * journal, thirty answers a page; decision 063). Without JavaScript,
   * opening it shows a link to `href`: the same page with this answer's
   * forms drawn open, which the page says with `open`.
   */
  onDemand?: { href: string; open: boolean };
}) {
  const open = lookBack && !lookBack.done ? lookBack : null;
  const drawn = useDrawnWhenOpen({ onDemand: onDemand !== undefined, drawnOpen: onDemand?.open ?? false });
  return (
    <div className="flex flex-col gap-2 text-sm">
      {open ? (
        <p className="m-0 flex flex-wrap items-center gap-x-3">
          <span className="font-medium">
            {open.due ? "Time to look back at this answer." : `Look back on ${formatDay(open.day)}.`}
          </span>
          {open.due ? <Link href={lookBackPath(open.id)}>Look back now</Link> : null}
        </p>
      ) : lookBack?.done ? (
        <p className="m-0">
          <Link href={lookBackPath(lookBack.id)}>You looked back at this answer: see then and now side by side</Link>
        </p>
      ) : null}
      <details {...drawn.details} className="group">
        <summary
          {...drawn.summary}
          className="inline-flex min-h-11 cursor-pointer items-center text-accent underline underline-offset-4"
        >
          {open ? "Move or cancel the look-back" : "Schedule a look-back"}
        </summary>
        {drawn.open ? (
          <div className="mt-2 flex flex-col gap-3 rounded-md border border-border bg-surface-muted p-4">
            <ScheduleForm entryId={entryId} moving={open !== null} action={actions.schedule} />
            {open ? <CancelLookBackForm entryId={entryId} action={actions.cancel} /> : null}
          </div>
        ) : drawn.fallback && onDemand ? (
          <p className="m-0 mt-2">
            <a href={onDemand.href}>{open ? "Show the ways to move or cancel it" : "Show when you can look back"}</a>
          </p>
        ) : null}
      </details>
    </div>
  );
}
