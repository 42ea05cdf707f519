"use client";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { LookBackActions } from "@/components/lookbacks/look-back-controls";
import { useSession } from "@/components/session/use-session";
import type { Choice, SavedChoices } from "@/lib/progress/choices";

/** Keeps a signed-in learner's try or choice (a server action, handed down by the lesson page). */
export type RecordChoice = (input: {
  lessonKey: string;
  itemId: string;
  choice: Choice;
}) => Promise<{ ok: true } | { ok: false; message: string }>;

type Lesson = {
  lessonKey: string;
  lookBackActions: LookBackActions | null;
  recordChoice: RecordChoice | null;
  publishChoices: (choices: SavedChoices) => void;
};

/** Which lesson the islands inside a lesson's MDX belong to, and the actions they may offer. */
const LessonContext = createContext<Lesson | null>(null);
/**
 * The learner's earlier choices in this lesson's checks and scenarios, once
 * the lesson's own state has arrived (null before, and for signed-out readers).
 * Apart from LessonContext so that only the checks and scenarios re-render.
 */
const ChoicesContext = createContext<SavedChoices | null>(null);

export function LessonProvider({
  lessonKey,
  lookBackActions = null,
  recordChoice = null,
  children,
}: {
  lessonKey: string;
  /** Scheduling a look-back at a saved answer (server actions, handed down by the lesson page). */
  lookBackActions?: LookBackActions | null;
  recordChoice?: RecordChoice | null;
  children: ReactNode;
}) {
  const [choices, setChoices] = useState<SavedChoices | null>(null);
  const lesson = useMemo(
    () => ({ lessonKey, lookBackActions, recordChoice, publishChoices: setChoices }),
    [lessonKey, lookBackActions, recordChoice],
  );
  return (
    <LessonContext value={lesson}>
      <ChoicesContext value={choices}>{children}</ChoicesContext>
    </LessonContext>
  );
}

export function useLessonKey(): string | null {
  return useContext(LessonContext)?.lessonKey ?? null;
}

export function useLookBackActions(): LookBackActions | null {
  return useContext(LessonContext)?.lookBackActions ?? null;
}

/** For the island that loads the lesson's state: hands the saved choices to the checks and scenarios. */
export function usePublishChoices(): ((choices: SavedChoices) => void) | null {
  return useContext(LessonContext)?.publishChoices ?? null;
}

/** The learner's earlier choice in one check or scenario of this lesson, if any. */
export function useSavedChoice(itemId: string): Choice | undefined {
  return useContext(ChoicesContext)?.[itemId];
}

/**
 * Keeps this check's or scenario's choices in the learner's account, one
 * request after another so they arrive in order. A choice made while the
 * page is still asking who is signed in waits for the answer (each choice
 * carries the whole state, so the last one is enough); a signed-out reader's
 * choices stay on the page. `save` is null where the page handed no action
 * down; `failed` says the last save didn't reach the account.
 */
export function useChoiceSaver(itemId: string): { save: ((choice: Choice) => void) | null; failed: boolean } {
  const lesson = useContext(LessonContext);
  const session = useSession();
  const loading = session.status === "loading";
  const signedIn = session.status === "ready" && session.session !== null;
  const [failed, setFailed] = useState(false);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const waiting = useRef<Choice | null>(null);
  const record = lesson?.recordChoice;
  const lessonKey = lesson?.lessonKey;

  const send = useCallback(
    (choice: Choice) => {
      if (!record || !lessonKey) return;
      queue.current = queue.current
        .then(() => record({ lessonKey, itemId, choice }))
        .then(
          (result) => setFailed(!result.ok),
          () => setFailed(true),
        );
    },
    [record, lessonKey, itemId],
  );

  useEffect(() => {
    if (loading) return;
    const choice = waiting.current;
    waiting.current = null;
    if (choice && signedIn) send(choice);
  }, [loading, signedIn, send]);

  const save = useMemo(() => {
    if (!record || !lessonKey) return null;
    return (choice: Choice) => {
      if (loading) waiting.current = choice;
      else if (signedIn) send(choice);
    };
  }, [record, lessonKey, loading, signedIn, send]);
  return { save, failed };
}
