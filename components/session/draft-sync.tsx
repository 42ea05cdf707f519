"use client";
// After sign-in, saves the answers this browser kept while the person was
// signed out (or while a save could not get through), on whatever page they
// land. Editors on the page handle their own prompt.
import { useEffect } from "react";
import { allDrafts, removeDraft, saveDraft, writeDraft } from "@/components/course/reflection-store";
import { useSession } from "./use-session";

export function DraftSync() {
  const session = useSession();
  const owner = session.status === "ready" ? (session.session?.id ?? null) : null;

  useEffect(() => {
    if (!owner) return;
    let live = true;
    const run = async () => {
      for (const draft of allDrafts()) {
        if (!live) return;
        if (draft.owner !== null && draft.owner !== owner) continue;
        if (document.querySelector(`[data-reflection-editor="${CSS.escape(draft.promptId)}"]`)) continue;
        if (draft.body.trim() === "") continue;
        const adopted = { ...draft, owner };
        writeDraft(adopted);
        const outcome = await saveDraft(adopted);
        if (outcome.kind === "saved") removeDraft(draft.promptId, draft.body);
        // Conflicts and failures stay as drafts: the lesson's editor shows them.
      }
    };
    void run();
    return () => {
      live = false;
    };
  }, [owner]);

  return null;
}
