"use client";
// The state behind one reflection editor: the text, the save status, the
// answer being edited and the earlier ones, the learner's cohorts, and the
// autosave loop that keeps them in step (docs/decisions/007-reflections-never-lost.md).
import { useEffect, useState } from "react";
import { useSession } from "@/components/session/use-session";
import type { SharingCohort } from "@/lib/cohorts/visibility";
import type { EntryLookBack } from "@/components/lookbacks/look-back-controls";
import { useLessonKey } from "./lesson-context";
import { ReflectionAutosave, type AutosaveStatus } from "./reflection-autosave";
import { lessonEntries, readDraft, removeDraft, type Entry, type LessonEntry } from "./reflection-store";
import type * as SignedInModule from "./reflection-signed-in";

/** The editor's parts for a signed-in learner's saved answer: sharing and the look-back. */
export type SignedInParts = typeof SignedInModule;

let signedInParts: Promise<SignedInParts | null> | null = null;

/**
 * Loads the signed-in parts once per page; every editor shares the request.
 * A failed load gives null (the editor works without them) and is tried
 * again by the next editor that asks.
 */
function loadSignedInParts(): Promise<SignedInParts | null> {
  signedInParts ??= import("./reflection-signed-in").catch(() => {
    signedInParts = null;
    return null;
  });
  return signedInParts;
}

/** An earlier answer shown under the editor; who can see it, when known. */
export type Earlier = Entry & { sharedWith?: string[] };
/** The answer being edited: its id, whether the server has it, who it is shared with. */
export type Current = { id: string; onServer: boolean; sharedWith: string[] };

export function useReflectionEditor(promptId: string, prompt: string) {
  const lessonKey = useLessonKey() ?? "";
  const session = useSession();
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
  const [lookBacks, setLookBacks] = useState<Record<string, EntryLookBack>>({});
  const [parts, setParts] = useState<SignedInParts | null>(null);
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
    // The signed-in parts load beside the answers, and the editor leaves its
    // loading state only once both are here: they appear with the answer, as
    // one change, never a moment later below it.
    if (owner)
      void Promise.all([lessonEntries(lessonKey), loadSignedInParts()]).then(([loaded, loadedParts]) => {
        if (live && loaded) {
          setCohorts(loaded.cohorts);
          setLookBacks(loaded.lookBacks ?? {});
        }
        if (live) setParts(loadedParts);
        start(loaded?.entries ?? []);
      });
    else start([]);
    return () => {
      live = false;
    };
  }, [session.status, owner, lessonKey, promptId, autosave]);

  // A conflict's choice is one of the signed-in parts: if they did not load
  // with the answers, ask again (a failed load is retried).
  const conflictWithoutParts = status.kind === "conflict" && !parts;
  useEffect(() => {
    if (!conflictWithoutParts) return;
    let live = true;
    const retry = () =>
      void loadSignedInParts().then((loaded) => {
        if (live && loaded) setParts(loaded);
      });
    retry();
    window.addEventListener("online", retry);
    return () => {
      live = false;
      window.removeEventListener("online", retry);
    };
  }, [conflictWithoutParts]);

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

  return {
    lessonKey,
    session,
    owner,
    body,
    setBody,
    status,
    current,
    earlier,
    cohorts,
    setSharedWith,
    /** The look-back of the answer being edited, as loaded with the lesson's entries. */
    lookBack: lookBacks[current.id] ?? null,
    /** Sharing and the look-back, once loaded for a signed-in learner (null otherwise). */
    parts,
    autosave,
    answerAgain,
  };
}
