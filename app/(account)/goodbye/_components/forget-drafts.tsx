"use client";
// After an account is deleted: removes the answers this browser was still
// keeping for it (unsent drafts), so nothing of the account stays on the
// device either. Drafts of other people on a shared device are left alone.
import { useEffect } from "react";
import { allDrafts, removeDraft } from "@/components/course/reflection-store";

export const FORGET_DRAFTS_KEY = "itt:deleted-account";

export function ForgetDrafts() {
  useEffect(() => {
    try {
      const owner = window.sessionStorage.getItem(FORGET_DRAFTS_KEY);
      if (!owner) return;
      for (const draft of allDrafts()) {
        if (draft.owner === owner) removeDraft(draft.promptId);
      }
      window.sessionStorage.removeItem(FORGET_DRAFTS_KEY);
    } catch {
      // Storage blocked: there are no drafts to remove.
    }
  }, []);
  return null;
}
