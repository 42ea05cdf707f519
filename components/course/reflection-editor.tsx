"use client";
// The learner's answer to one prompt: the text area, what state the answer is
// in (in words), who can see it and sharing it, earlier answers, and the
// choice to make on a conflict. The save loop itself is ReflectionAutosave
// (docs/decisions/007-reflections-never-lost.md); sharing is
// ReflectionSharing (docs/decisions/016-per-cohort-sharing.md).
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { usePersonZone, useSession } from "@/components/session/use-session";
import { cohortsWithIds, visibilityLabel, type SharingCohort } from "@/lib/cohorts/visibility";
import { REFLECTION_MAX_CHARS } from "@/lib/reflections/limits";
import { formatDateTime, formatTime } from "@/lib/time/format";
import { useLessonKey } from "./lesson-context";
import { ReflectionAutosave, type AutosaveStatus } from "./reflection-autosave";
import { ReflectionSharing } from "./reflection-sharing";
import { lessonEntries, readDraft, removeDraft, type Entry, type LessonEntry } from "./reflection-store";

/** An earlier answer shown under the editor; who can see it, when known. */
type Earlier = Entry & { sharedWith?: string[] };
/** The answer being edited: its id, whether the server has it, who it is shared with. */
type Current = { id: string; onServer: boolean; sharedWith: string[] };

export function ReflectionEditor({
  promptId,
  prompt,
  labelledBy,
}: {
  promptId: string;
  prompt: string;
  labelledBy: string;
}) {
  const lessonKey = useLessonKey() ?? "";
  const session = useSession();
  const zone = usePersonZone();
  const pathname = usePathname();
  const statusId = useId();
  const owner = session.status === "ready" ? (session.session?.id ?? null) : null;

  const [body, setBody] = useState("");
  const [status, setStatus] = useState<AutosaveStatus>({ kind: "loading" });
  // The answer being edited and the earlier ones change together: an answer
  // that becomes an earlier one keeps saying who it was shared with.
  const [answers, setAnswers] = useState<{ current: Current; earlier: Earlier[] }>({
    current: { id: "", onServer: false, sharedWith: [] },
    earlier: [],
  });
  const { current, earlier } = answers;
  const [cohorts, setCohorts] = useState<SharingCohort[]>([]);
  const [autosave] = useState(
    () =>
      new ReflectionAutosave({ promptId, lessonKey, promptText: prompt }, (event) => {
        setStatus(event.status);
        const { earlier: previous, entry } = event;
        if (!previous && !entry) return;
        setAnswers((was) => {
          let list = was.earlier;
          if (previous) {
            const stamped: Earlier =
              previous.id === was.current.id ? { ...previous, sharedWith: was.current.sharedWith } : previous;
            list = [stamped, ...list.filter((e) => e.id !== previous.id)];
          }
          const next = entry
            ? {
                id: entry.id,
                onServer: entry.onServer,
                sharedWith: entry.sharedWith ?? (entry.id === was.current.id ? was.current.sharedWith : []),
              }
            : was.current;
          return { current: next, earlier: list };
        });
      }),
  );
  const setSharedWith = (sharedWith: string[], latest: SharingCohort[]) => {
    setAnswers((was) => ({ ...was, current: { ...was.current, sharedWith } }));
    setCohorts(latest);
  };

  // Load the saved entries (when signed in) and any text kept in this browser.
  useEffect(() => {
    if (session.status !== "ready") return;
    let live = true;
    autosave.setOwner(owner);
    const start = (entries: LessonEntry[]) => {
      if (!live) return;
      const mine = entries.filter((e) => e.promptId === promptId);
      const draft = readDraft(promptId);
      const usable = draft && (draft.owner === null || draft.owner === owner) ? draft : null;
      const saved = usable ? mine.find((e) => e.id === usable.entryId) : undefined;
      if (usable && usable.body !== saved?.body && usable.body.trim() !== "") {
        setAnswers((was) => ({ ...was, earlier: mine.filter((e) => e.id !== usable.entryId) }));
        setBody(usable.body);
        autosave.restore({ ...usable, owner: owner ?? usable.owner }, saved);
        return;
      }
      if (usable) removeDraft(promptId);
      setAnswers((was) => ({ ...was, earlier: mine.slice(1) }));
      setBody(mine[0]?.body ?? "");
      autosave.startFrom(mine[0]);
    };
    if (owner)
      void lessonEntries(lessonKey).then((loaded) => {
        if (live && loaded) setCohorts(loaded.cohorts);
        start(loaded?.entries ?? []);
      });
    else start([]);
    return () => {
      live = false;
    };
  }, [session.status, owner, lessonKey, promptId, autosave]);

  // Save at once when the connection returns or the tab is hidden.
  useEffect(() => {
    const nudge = () => autosave.nudge();
    const onHide = () => {
      if (document.visibilityState === "hidden") nudge();
    };
    window.addEventListener("online", nudge);
    document.addEventListener("visibilitychange", onHide);
    return () => {
      window.removeEventListener("online", nudge);
      document.removeEventListener("visibilitychange", onHide);
      autosave.dispose();
    };
  }, [autosave]);

  const answerAgain = () => {
    const previous: Entry | null =
      status.kind === "saved"
        ? {
            id: autosave.entryId,
            promptId,
            lessonKey,
            promptText: prompt,
            body,
            version: autosave.baseVersion,
            createdAt: status.at,
            updatedAt: status.at,
          }
        : null;
    setBody("");
    autosave.answerAgain(previous);
  };

  const over = body.length - REFLECTION_MAX_CHARS;
  return (
    <div className="mt-4 flex flex-col gap-2" data-reflection-editor={promptId}>
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
      <div id={statusId} className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <p className="m-0 text-ink-muted">
          {visibilityLabel(cohortsWithIds(current.sharedWith, cohorts))}
          {owner ? (
            <>
              {" "}
              <Link href={`/journal/prompt/${promptId}`}>Open in your journal</Link>
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
        <ConflictChoice
          mine={body}
          server={status.server}
          onChoose={(choice) => {
            if (choice === "theirs") setBody(status.server.body);
            autosave.resolve(choice);
          }}
        />
      ) : null}
      {owner && status.kind !== "conflict" && status.kind !== "loading" ? (
        <ReflectionSharing
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
      {earlier.length > 0 ? (
        <details className="rounded-md border border-border p-3">
          <summary className="cursor-pointer font-medium">Your earlier answers ({earlier.length})</summary>
          <ol className="m-0 mt-3 flex list-none flex-col gap-3 p-0">
            {earlier.map((entry) => (
              <li key={entry.id} className="rounded-md bg-surface-muted p-3">
                <p className="m-0 text-sm text-ink-muted">
                  {formatDateTime(new Date(entry.createdAt), zone)}
                  {entry.sharedWith ? ` · ${visibilityLabel(cohortsWithIds(entry.sharedWith, cohorts))}` : null}
                </p>
                <p className="m-0 whitespace-pre-wrap">{entry.body}</p>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}

function StatusText({
  status,
  sessionUnknown,
  signInHref,
}: {
  status: AutosaveStatus;
  /** The server couldn't say who is signed in (an outage): don't ask a signed-in learner to sign in. */
  sessionUnknown: boolean;
  signInHref: string;
}) {
  const zone = usePersonZone();
  switch (status.kind) {
    case "loading":
    case "idle":
      return null;
    case "dirty":
      return <span className="text-ink-muted">Unsaved changes…</span>;
    case "saving":
      return <span className="text-ink-muted">Saving…</span>;
    case "saved":
      return <span className="text-success">Saved at {formatTime(new Date(status.at), zone)}</span>;
    case "offline":
      return <span>Offline — kept on this device, will retry</span>;
    case "retrying":
      return (
        <span className="text-danger">
          Couldn&rsquo;t save: {status.reason.replace(/[.\s]+$/, "")}. Kept on this device, will retry.
        </span>
      );
    case "invalid":
      return <span className="text-danger">Couldn&rsquo;t save: {status.message}</span>;
    case "signed-out":
      if (sessionUnknown) {
        return (
          <span>Can&rsquo;t reach the server right now — kept on this device, will save when it&rsquo;s back</span>
        );
      }
      return (
        <span>
          Kept on this device. <Link href={signInHref}>Sign in</Link> to save it to your account.
        </span>
      );
    case "conflict":
      return <span className="text-danger">Changed in another tab — choose below</span>;
  }
}

function ConflictChoice({
  mine,
  server,
  onChoose,
}: {
  mine: string;
  server: Entry;
  onChoose: (choice: "mine" | "theirs" | "both") => void;
}) {
  const zone = usePersonZone();
  return (
    <div className="rounded-md border-2 border-danger p-4" role="group" aria-label="Two versions of this answer">
      <p className="mt-0 font-medium">
        This answer was changed in another tab or on another device. Both versions are kept until you choose.
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        <div>
          <p className="m-0 text-sm font-semibold">This tab</p>
          <p className="m-0 rounded-md bg-surface-muted p-3 whitespace-pre-wrap">{mine}</p>
        </div>
        <div>
          <p className="m-0 text-sm font-semibold">Saved at {formatDateTime(new Date(server.updatedAt), zone)}</p>
          <p className="m-0 rounded-md bg-surface-muted p-3 whitespace-pre-wrap">{server.body}</p>
        </div>
      </div>
      <div className="mt-3 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => onChoose("mine")}
          className="min-h-11 rounded-md bg-accent px-4 text-accent-ink"
        >
          Keep this tab&rsquo;s version
        </button>
        <button
          type="button"
          onClick={() => onChoose("theirs")}
          className="min-h-11 rounded-md border border-border px-4"
        >
          Keep the saved version
        </button>
        <button
          type="button"
          onClick={() => onChoose("both")}
          className="min-h-11 rounded-md border border-border px-4"
        >
          Keep both as separate answers
        </button>
      </div>
    </div>
  );
}
