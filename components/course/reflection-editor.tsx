"use client";
// The learner's answer to one prompt: the text area, what state the answer is
// in (in words), who can see it and sharing it, earlier answers, and the
// choice to make on a conflict. The save loop itself is ReflectionAutosave
// (docs/decisions/007-reflections-never-lost.md); sharing is
// ReflectionSharing (docs/decisions/016-per-cohort-sharing.md). Sharing and
// the look-back come in their own chunk, only for a signed-in learner
// (useReflectionEditor's `parts`, docs/decisions/054-lesson-islands-on-demand.md).
// The state lives in useReflectionEditor; the save status, the conflict
// choice and the earlier answers are their own components (the last two in
// the signed-in chunk: only a saved answer can meet a conflict).
import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { useId } from "react";
import { cohortsWithIds, visibilityLabel } from "@/lib/cohorts/visibility";
import { REFLECTION_MAX_CHARS } from "@/lib/reflections/limits";
import { PlannerFields } from "./islands";
import { StatusText } from "./reflection-status";
import { useLookBackActions } from "./lesson-context";
import { useReflectionEditor } from "./use-reflection-editor";
import { journalPromptPath } from "@/lib/reflections/paths";
import type { PlannerField } from "@/lib/reflections/planner-body";

export function ReflectionEditor({
  promptId,
  prompt,
  labelledBy,
  fields,
}: {
  promptId: string;
  prompt: string;
  labelledBy: string;
  /** A planner's fields: the answer is written in these, one text area each (components/course/planner.tsx). */
  fields?: PlannerField[];
}) {
  const pathname = usePathname();
  const statusId = useId();
  const {
    session,
    owner,
    body,
    setBody,
    status,
    current,
    earlier,
    cohorts,
    setSharedWith,
    lookBack,
    parts,
    autosave,
    answerAgain,
  } = useReflectionEditor(promptId, prompt);
  const lookBackActions = useLookBackActions();

  const over = body.length - REFLECTION_MAX_CHARS;
  return (
    <div className="mt-4 flex flex-col gap-2" data-reflection-editor={promptId}>
      {fields ? (
        <PlannerFields
          fields={fields}
          body={body}
          onChange={(next) => {
            setBody(next);
            autosave.change(next);
          }}
          onBlur={() => autosave.nudge()}
          disabled={status.kind === "loading"}
          describedBy={statusId}
        />
      ) : (
        <textarea
          aria-labelledby={labelledBy}
          aria-describedby={statusId}
          value={body}
          onChange={(event) => {
            setBody(event.target.value);
            autosave.change(event.target.value);
          }}
          onBlur={() => autosave.nudge()}
          disabled={status.kind === "loading"}
          rows={6}
          className="w-full rounded-md border border-border bg-bg p-3 text-base text-ink"
        />
      )}
      <div id={statusId} className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <p className="m-0 text-ink-muted">
          {visibilityLabel(cohortsWithIds(current.sharedWith, cohorts))}
          {owner ? (
            <>
              {" "}
              <Link href={journalPromptPath(promptId)}>Open in your journal</Link>
            </>
          ) : null}
        </p>
        <p role="status" className="m-0 font-medium">
          <StatusText
            status={status}
            sessionUnknown={session.status === "ready" && session.unknown}
            signInHref={`/sign-in?redirectTo=${encodeURIComponent(pathname)}`}
          />
        </p>
      </div>
      {body.length > REFLECTION_MAX_CHARS * 0.8 ? (
        <p className={`m-0 text-sm ${over > 0 ? "text-danger" : "text-ink-muted"}`}>
          {body.length.toLocaleString()} of {REFLECTION_MAX_CHARS.toLocaleString()} characters
        </p>
      ) : null}
      {status.kind === "conflict" ? (
        parts ? (
          <parts.ConflictChoice
            mine={body}
            server={status.server}
            onChoose={(choice) => {
              if (choice === "theirs") setBody(status.server.body);
              autosave.resolve(choice);
            }}
          />
        ) : (
          // The choice comes with the signed-in parts, asked for again
          // while this shows (useReflectionEditor).
          <p role="alert" className="m-0 rounded-md border-2 border-danger p-4">
            This answer was changed in another tab or on another device. Both versions are kept; the choice between them
            appears as soon as this page can reach the site.
          </p>
        )
      ) : null}
      {owner && parts && status.kind !== "conflict" && status.kind !== "loading" ? (
        <parts.ReflectionSharing
          entryId={current.id}
          onServer={current.onServer}
          hasText={body.trim() !== ""}
          sharedWith={current.sharedWith}
          cohorts={cohorts}
          beforeChange={() => autosave.flush()}
          onChanged={setSharedWith}
        />
      ) : null}
      {owner && status.kind === "saved" ? (
        <div>
          <button
            type="button"
            onClick={answerAgain}
            className="min-h-11 cursor-pointer text-accent underline underline-offset-4"
          >
            Answer again
          </button>
        </div>
      ) : null}
      {owner &&
      parts &&
      lookBackActions &&
      current.onServer &&
      status.kind !== "conflict" &&
      status.kind !== "loading" ? (
        <parts.LookBackControls entryId={current.id} lookBack={lookBack} actions={lookBackActions} />
      ) : null}
      {parts ? <parts.EarlierAnswers earlier={earlier} cohorts={cohorts} /> : null}
    </div>
  );
}
