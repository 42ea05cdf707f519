"use client";
// The browser side of "nothing written is ever lost": drafts live in
// localStorage until the server confirms them, and saves go to the
// idempotent save endpoint. Shared by the editors and the draft sync.
import type { EntryLookBack } from "@/components/lookbacks/look-back-controls";
import { sharedRequest } from "@/components/session/request-cache";
import type { SharingCohort } from "@/lib/cohorts/visibility";
import { PROMPT_MAX_CHARS } from "@/lib/reflections/limits";

/** A saved entry as the save endpoint answers it (who it is shared with is not part of a save). */
export type Entry = {
  id: string;
  promptId: string;
  lessonKey: string;
  promptText: string;
  body: string;
  version: number;
  createdAt: string;
  updatedAt: string;
};

/** An entry as the lesson loads it: with the ids of the cohorts it is shared with. */
export type LessonEntry = Entry & { sharedWith: string[] };

export type Draft = {
  entryId: string;
  promptId: string;
  lessonKey: string;
  promptText: string;
  body: string;
  /** The saved version this text started from (0: never saved). */
  baseVersion: number;
  /** Who wrote it: a user id, or null when written signed out. */
  owner: string | null;
  updatedAt: number;
};

const PREFIX = "itt:draft:";

export function draftKey(promptId: string): string {
  return `${PREFIX}${promptId}`;
}

export function readDraft(promptId: string): Draft | null {
  try {
    const raw = window.localStorage.getItem(draftKey(promptId));
    return raw ? (JSON.parse(raw) as Draft) : null;
  } catch {
    return null;
  }
}

export function writeDraft(draft: Draft): boolean {
  try {
    window.localStorage.setItem(draftKey(draft.promptId), JSON.stringify(draft));
    return true;
  } catch {
    // Storage full or blocked: the editor says the text is not kept offline.
    return false;
  }
}

export function removeDraft(promptId: string, onlyIfBody?: string): void {
  const current = readDraft(promptId);
  if (!current) return;
  if (onlyIfBody !== undefined && current.body !== onlyIfBody) return;
  window.localStorage.removeItem(draftKey(promptId));
}

export function allDrafts(): Draft[] {
  const drafts: Draft[] = [];
  for (let i = 0; i < window.localStorage.length; i += 1) {
    const key = window.localStorage.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    const draft = readDraft(key.slice(PREFIX.length));
    if (draft) drafts.push(draft);
  }
  return drafts;
}

export function newEntryId(): string {
  return crypto.randomUUID();
}

export type SaveOutcome =
  | { kind: "saved"; entry: Entry }
  | { kind: "conflict"; entry: Entry }
  | { kind: "signed-out" }
  | { kind: "gone" }
  | { kind: "invalid"; message: string }
  | { kind: "retry"; message: string; offline: boolean; reference?: string };

/**
 * A short reference to a failed request that support can look up: the start
 * of the X-Request-Id the server gave it, which its log lines carry too.
 */
function referenceOf(response: Response): string | undefined {
  const id = response.headers.get("x-request-id") ?? "";
  return /^[A-Za-z0-9._:-]{8,}$/.test(id) ? id.slice(0, 8) : undefined;
}

export async function saveDraft(draft: Draft): Promise<SaveOutcome> {
  let response: Response;
  try {
    response = await fetch(`/api/reflections/${draft.entryId}`, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      credentials: "same-origin",
      body: JSON.stringify({
        promptId: draft.promptId,
        lessonKey: draft.lessonKey,
        promptText: draft.promptText.slice(0, PROMPT_MAX_CHARS),
        body: draft.body,
        baseVersion: draft.baseVersion,
      }),
    });
  } catch {
    return { kind: "retry", message: "no connection", offline: true };
  }
  const payload = (await response.json().catch(() => ({}))) as { entry?: Entry; error?: string };
  if (response.ok && payload.entry) return { kind: "saved", entry: payload.entry };
  if (response.status === 409 && payload.entry) return { kind: "conflict", entry: payload.entry };
  if (response.status === 401) return { kind: "signed-out" };
  if (response.status === 404) return { kind: "gone" };
  if (response.status >= 400 && response.status < 500) {
    return { kind: "invalid", message: payload.error ?? "the answer could not be accepted" };
  }
  return {
    kind: "retry",
    message: payload.error ?? `the server answered ${response.status}`,
    offline: false,
    reference: referenceOf(response),
  };
}

export type LessonEntries = {
  entries: LessonEntry[];
  cohorts: SharingCohort[];
  /** The look-back set at each entry, by entry id (none: missing). */
  lookBacks?: Record<string, EntryLookBack>;
};

/** The learner's saved entries for one lesson and their cohorts; one request per lesson per page. */
export function lessonEntries(lessonKey: string): Promise<LessonEntries | null> {
  const load = () =>
    fetch(`/api/reflections?lesson=${encodeURIComponent(lessonKey)}`, { credentials: "same-origin", cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<LessonEntries>) : null))
      .catch(() => null);
  // Shared by the lesson's editors, then forgotten: fresh data after the next navigation.
  return sharedRequest("lesson-entries", lessonKey, load, { keep: () => false });
}

export type SharingOutcome =
  | { kind: "done"; message: string; sharedWith: string[]; cohorts: SharingCohort[] }
  | { kind: "gone"; message: string }
  | { kind: "failed"; message: string };

/**
 * Shares an entry with one cohort (`cohortId`), or stops sharing it with one
 * cohort or (null) with all of them, through /api/reflections/:id/share.
 */
export async function changeSharing(
  entryId: string,
  change: { share: string } | { stop: string | null },
): Promise<SharingOutcome> {
  const sharing = "share" in change;
  let response: Response;
  try {
    response = await fetch(`/api/reflections/${entryId}/share`, {
      method: sharing ? "PUT" : "DELETE",
      headers: { "Content-Type": "application/json" },
      credentials: "same-origin",
      body: JSON.stringify(sharing ? { cohortId: change.share } : change.stop ? { cohortId: change.stop } : {}),
    });
  } catch {
    return {
      kind: "failed",
      message: "No connection, so nothing changed. Check your connection and try again.",
    };
  }
  const payload = (await response.json().catch(() => ({}))) as {
    message?: string;
    error?: string;
    sharedWith?: string[];
    cohorts?: SharingCohort[];
  };
  if (response.ok && payload.sharedWith && payload.cohorts) {
    return { kind: "done", message: payload.message ?? "", sharedWith: payload.sharedWith, cohorts: payload.cohorts };
  }
  if (response.status === 404) {
    return { kind: "gone", message: payload.error ?? "That answer is no longer in your journal." };
  }
  if (response.status === 401) {
    return {
      kind: "failed",
      message: "You've been signed out, so nothing changed. Sign in again, then try once more.",
    };
  }
  return {
    kind: "failed",
    message: payload.error ?? `Something went wrong (the server answered ${response.status}), so nothing changed.`,
  };
}
