"use client";
// The island inside <PlanLookBack>: asks the server for the learner's plan
// answer and its look-back (GET /api/plan-look-back), then offers a date
// field that schedules one, or says when it is with a way to move or cancel
// it. Scheduling, moving and cancelling are the journal's own look-back
// actions, handed down by the lesson page (components never import app/).
// See docs/decisions/031-course-summary-and-plan-look-back.md.
import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useId, useState } from "react";
import { FormOutcome, SubmitButton } from "@/components/ui/action-form";
import { FieldFrame } from "@/components/ui/field-frame";
import { useFormAction, useOnSuccess, type FormAction } from "@/components/ui/use-form-action";
import { CancelLookBackForm } from "@/components/lookbacks/look-back-controls";
import { useSession } from "@/components/session/use-session";
import { lookBackPath } from "@/lib/lookbacks/path";
import { formatDay } from "@/lib/time/format";
import type { PlanLookBack } from "@/lib/lookbacks/plan-look-back";
import { useLookBackActions } from "./lesson-context";

type Loaded = { kind: "loading" } | { kind: "failed"; message: string } | { kind: "ready"; plan: PlanLookBack };

async function loadPlan(answer: string): Promise<Loaded> {
  try {
    const response = await fetch(`/api/plan-look-back?answer=${encodeURIComponent(answer)}`, {
      credentials: "same-origin",
      cache: "no-store",
    });
    const body = (await response.json().catch(() => ({}))) as PlanLookBack & { error?: string };
    if (response.ok) return { kind: "ready", plan: body };
    return { kind: "failed", message: body.error ?? `Your look-back could not be loaded (error ${response.status}).` };
  } catch {
    return { kind: "failed", message: "Your look-back could not be loaded: there seems to be no connection." };
  }
}

/** The date field and its button: schedules the look-back, or moves it to another day. */
function DayForm({
  entryId,
  moving,
  initial = "",
  action,
  onDone,
}: {
  entryId: string;
  moving: boolean;
  /** The day already set, when moving it. */
  initial?: string;
  action: FormAction;
  onDone: () => void;
}) {
  const form = useFormAction(action);
  const id = useId();
  useOnSuccess(form.state, onDone);
  const dayErrors = form.errors("day");
  return (
    <form action={form.action} noValidate className="flex flex-col gap-3">
      {/* A refusal of the day shows once, beside the field, and is announced from here. */}
      {dayErrors ? null : <FormOutcome form={form} />}
      <p role="alert" className="sr-only">
        {dayErrors?.[0] ?? ""}
      </p>
      <input type="hidden" name="entryId" value={entryId} />
      <input type="hidden" name="when" value="date" />
      <FieldFrame
        id={`${id}-day`}
        label={moving ? "Move it to another day" : "Your look-back day"}
        hint="Two to four weeks from now works well."
        errors={dayErrors}
      >
        {(control) => (
          <input
            {...control}
            type="date"
            name="day"
            defaultValue={form.value("day", initial)}
            className="min-h-11 w-fit rounded-md border border-border bg-bg px-3 py-2 text-base text-ink aria-invalid:border-danger"
          />
        )}
      </FieldFrame>
      <SubmitButton pending={form.pending} busy="Saving…" variant={moving ? "secondary" : "primary"} className="w-fit">
        {moving ? "Move the look-back" : "Schedule my look-back"}
      </SubmitButton>
    </form>
  );
}

export function PlanLookBackDay({ answer }: { answer: string }) {
  const pathname = usePathname();
  const session = useSession();
  const actions = useLookBackActions();
  const signedIn = session.status === "ready" && session.session !== null;
  const [loaded, setLoaded] = useState<Loaded>({ kind: "loading" });
  const [note, setNote] = useState<string | null>(null);

  const reload = useCallback(() => {
    void loadPlan(answer).then(setLoaded);
  }, [answer]);
  useEffect(() => {
    if (signedIn) reload();
  }, [signedIn, reload]);

  if (session.status === "loading" || (signedIn && loaded.kind === "loading")) {
    return <p className="m-0 text-ink-muted">Loading your look-back…</p>;
  }
  if (session.unknown) {
    return (
      <p role="status" className="m-0">
        Your look-back can&rsquo;t be loaded right now, because this page can&rsquo;t reach the site. It will try again
        when your connection is back.
      </p>
    );
  }
  if (!signedIn) {
    const back = encodeURIComponent(pathname);
    return (
      <p className="m-0">
        Your look-back is kept in your account, so it can wait for you on your dashboard.{" "}
        <Link href={`/sign-in?redirectTo=${back}`}>Sign in</Link> or{" "}
        <Link href={`/sign-up?redirectTo=${back}`}>create an account</Link> to choose your day.
      </p>
    );
  }
  if (loaded.kind === "failed") {
    return (
      <div className="flex flex-col gap-2">
        <p role="alert" className="m-0 text-danger">
          {loaded.message}
        </p>
        <button type="button" onClick={reload} className="min-h-11 w-fit cursor-pointer text-accent underline">
          Try again
        </button>
      </div>
    );
  }
  if (loaded.kind !== "ready" || !actions) return null;
  const { plan } = loaded;
  const done = () => {
    setNote(null);
    reload();
  };

  if (!plan.answer) {
    return (
      <p className="m-0">
        The look-back goes on your part, as you wrote it in your plan, and you haven&rsquo;t written that yet. Answer
        &ldquo;{plan.prompt.text}&rdquo; in{" "}
        <Link href={`${plan.prompt.lessonHref}#reflection-${plan.prompt.id}`}>{plan.prompt.lessonTitle}</Link>, then
        come back here to choose your day.
      </p>
    );
  }

  if (plan.open) {
    const { open } = plan;
    return (
      <div className="flex flex-col gap-3">
        {open.due ? (
          <p className="m-0 text-lg font-semibold">
            Your look-back day has come. <Link href={lookBackPath(open.id)}>Look back now</Link>
          </p>
        ) : (
          <>
            <p className="m-0 text-lg font-semibold">You&rsquo;ll look back on {formatDay(open.day)}.</p>
            <p className="m-0 text-ink-muted">
              That day it will be on your dashboard. Its page shows your part as you wrote it and asks the question
              again.
            </p>
          </>
        )}
        {note ? <p className="m-0">{note}</p> : null}
        <details className="group">
          <summary className="inline-flex min-h-11 cursor-pointer items-center text-accent underline underline-offset-4">
            Move or cancel the look-back
          </summary>
          <div className="mt-2 flex flex-col gap-3 rounded-md border border-border bg-surface-muted p-4">
            <DayForm entryId={open.entryId} moving initial={open.day} action={actions.schedule} onDone={done} />
            <CancelLookBackForm
              entryId={open.entryId}
              action={actions.cancel}
              onDone={() => {
                setNote("Look-back cancelled. Your plan stays as you wrote it.");
                reload();
              }}
            />
          </div>
        </details>
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-3">
      {note ? (
        <p role="status" className="m-0">
          {note}
        </p>
      ) : null}
      {plan.lastDone ? (
        <p className="m-0">
          You looked back at your plan on {formatDay(plan.lastDone.day)}.{" "}
          <Link href={lookBackPath(plan.lastDone.id)}>See then and now</Link>. Choose a day to look back again.
        </p>
      ) : (
        <p className="m-0">
          It goes on your part, as you wrote it in{" "}
          <Link href={`${plan.prompt.lessonHref}#reflection-${plan.prompt.id}`}>{plan.prompt.lessonTitle}</Link>.
        </p>
      )}
      <DayForm entryId={plan.answer.id} moving={false} action={actions.schedule} onDone={done} />
    </div>
  );
}
