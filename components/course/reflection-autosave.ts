"use client";
// The save loop of one reflection editor, outside React so that timers and
// retries never race a render. It keeps the text in this browser until the
// server confirms it, saves at the pace ./save-pacing.ts sets (a moment after
// typing pauses, at most one save per two seconds, slower when the server is
// slow), retries with back-off, and stops on a conflict until the learner chooses.
import { reflectionBodyProblem } from "@/lib/reflections/limits";
import {
  newEntryId,
  removeDraft,
  saveDraft,
  writeDraft,
  type Draft,
  type Entry,
  type LessonEntry,
} from "./reflection-store";
import { nextSaveDelay, SLOW_SAVE_MS } from "./save-pacing";

/** Dispatched on window after each answer the server confirmed; detail: { lessonKey }. */
export const REFLECTION_SAVED_EVENT = "itt:reflection-saved";
const RETRY_FIRST_MS = 2000;
const RETRY_MAX_MS = 30_000;

export type AutosaveStatus =
  | { kind: "loading" }
  | { kind: "idle" }
  | { kind: "dirty" }
  /** `slow`: the answer has taken longer than SLOW_SAVE_MS; the text is safe in this browser meanwhile. */
  | { kind: "saving"; slow?: boolean }
  | { kind: "saved"; at: string }
  | { kind: "offline" }
  | { kind: "retrying"; reason: string; reference?: string }
  | { kind: "invalid"; message: string }
  | { kind: "signed-out" }
  | { kind: "conflict"; server: Entry };

/**
 * What changed. `entry` is set when the answer being edited becomes another
 * one or first reaches the server: its id, whether the server has it (only
 * then can it be shared) and who it is shared with (a new answer: no one).
 * The save itself never says who an entry is shared with; sharing keeps that.
 */
export type AutosaveEvent = {
  status: AutosaveStatus;
  entry?: { id: string; onServer: boolean; sharedWith?: string[] };
  earlier?: Entry;
};

type Meta = { promptId: string; lessonKey: string; promptText: string };

export class ReflectionAutosave {
  entryId = "";
  baseVersion = 0;
  /** The text the server last confirmed for this entry, or null. */
  confirmed: string | null = null;
  text = "";
  owner: string | null = null;
  private status: AutosaveStatus = { kind: "loading" };
  /** The reference of the first of the saves that have failed in a row (see reflection-store's saveDraft). */
  private failureReference: string | undefined;
  private inFlight = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retryDelay = RETRY_FIRST_MS;
  /** When the last save was sent, how long it took, and when the text first differed from the server's (null: it doesn't). */
  private lastSentAt = 0;
  private lastRoundTrip = 0;
  private firstUnsavedAt: number | null = null;
  private slowTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly meta: Meta,
    private readonly emit: (event: AutosaveEvent) => void,
  ) {}

  private set(status: AutosaveStatus, extra: Omit<AutosaveEvent, "status"> = {}): void {
    this.status = status;
    this.emit({ status, ...extra });
  }

  draft(): Draft {
    return {
      entryId: this.entryId,
      promptId: this.meta.promptId,
      lessonKey: this.meta.lessonKey,
      promptText: this.meta.promptText,
      body: this.text,
      baseVersion: this.baseVersion,
      owner: this.owner,
      updatedAt: Date.now(),
    };
  }

  setOwner(owner: string | null): void {
    this.owner = owner;
  }

  /** Starts from a saved entry (or a blank new one). */
  startFrom(entry: LessonEntry | undefined): void {
    this.entryId = entry?.id ?? newEntryId();
    this.baseVersion = entry?.version ?? 0;
    this.confirmed = entry?.body ?? null;
    this.text = entry?.body ?? "";
    this.firstUnsavedAt = null;
    this.set(entry ? { kind: "saved", at: entry.updatedAt } : { kind: "idle" }, {
      entry: { id: this.entryId, onServer: entry !== undefined, sharedWith: entry?.sharedWith ?? [] },
    });
  }

  /** Restores text kept in this browser; `saved` is the server's copy of the same entry, if any. */
  restore(draft: Draft, saved: LessonEntry | undefined): void {
    this.entryId = draft.entryId;
    this.baseVersion = saved ? draft.baseVersion : 0;
    this.confirmed = saved && saved.version === draft.baseVersion ? saved.body : null;
    this.text = draft.body;
    writeDraft(this.draft());
    const entry = { id: this.entryId, onServer: saved !== undefined, sharedWith: saved?.sharedWith ?? [] };
    if (saved && saved.version !== draft.baseVersion && saved.body !== draft.body) {
      this.set({ kind: "conflict", server: saved }, { entry });
      return;
    }
    if (saved) this.baseVersion = saved.version;
    this.set({ kind: "dirty" }, { entry });
    this.schedule(0);
  }

  change(text: string): void {
    this.text = text;
    if (!this.entryId) this.entryId = newEntryId();
    const kept = writeDraft(this.draft());
    if (this.status.kind === "conflict") return;
    this.set(kept ? { kind: "dirty" } : { kind: "retrying", reason: "this browser won't keep a copy" });
    this.firstUnsavedAt ??= Date.now();
    this.scheduleWhilePaced();
  }

  /** The next save, at the pace ./save-pacing.ts sets. */
  private scheduleWhilePaced(): void {
    const now = Date.now();
    this.schedule(
      nextSaveDelay({
        now,
        lastSentAt: this.lastSentAt,
        lastRoundTrip: this.lastRoundTrip,
        firstUnsavedAt: this.firstUnsavedAt ?? now,
      }),
    );
  }

  /** Saves soon if anything is unsaved (after a pause, on blur, when back online). */
  nudge(): void {
    if (this.text !== this.confirmed && this.status.kind !== "conflict") this.schedule(0);
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), ms);
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    if (this.inFlight || this.status.kind === "conflict") return;
    const text = this.text;
    if (text === this.confirmed) return;
    const problem = reflectionBodyProblem(text);
    if (problem) {
      // Nothing is sent, so what is saved stays as it was.
      if (text.trim() === "" && this.confirmed === null) this.set({ kind: "idle" });
      else this.set({ kind: "invalid", message: problem });
      return;
    }
    if (!this.owner) return this.set({ kind: "signed-out" });
    if (!navigator.onLine) return this.set({ kind: "offline" });

    this.inFlight = true;
    this.set({ kind: "saving" });
    const sentAt = Date.now();
    clearTimeout(this.slowTimer);
    this.slowTimer = setTimeout(() => {
      if (this.inFlight && this.status.kind === "saving") this.set({ kind: "saving", slow: true });
    }, SLOW_SAVE_MS);
    const outcome = await saveDraft({ ...this.draft(), body: text });
    clearTimeout(this.slowTimer);
    this.inFlight = false;
    this.lastSentAt = sentAt;
    this.lastRoundTrip = Date.now() - sentAt;
    if (outcome.kind !== "retry") this.failureReference = undefined;
    switch (outcome.kind) {
      case "saved":
        this.baseVersion = outcome.entry.version;
        this.confirmed = outcome.entry.body;
        this.retryDelay = RETRY_FIRST_MS;
        // Words typed while the save was on its way are unsaved since it was sent.
        this.firstUnsavedAt = this.text === this.confirmed ? null : sentAt;
        if (this.text === text) removeDraft(this.meta.promptId, text);
        else writeDraft(this.draft());
        // The first save of a new answer puts it on the server: from now on it can be shared.
        // Words typed while it was on its way are not saved yet, so it says so.
        this.set(
          this.text === this.confirmed ? { kind: "saved", at: outcome.entry.updatedAt } : { kind: "dirty" },
          outcome.entry.id === this.entryId ? { entry: { id: this.entryId, onServer: true } } : {},
        );
        if (this.text !== this.confirmed) this.scheduleWhilePaced();
        // The lesson's progress island listens: this answer may have completed the lesson.
        window.dispatchEvent(new CustomEvent(REFLECTION_SAVED_EVENT, { detail: { lessonKey: this.meta.lessonKey } }));
        return;
      case "conflict":
        return this.set({ kind: "conflict", server: outcome.entry });
      case "signed-out":
        return this.set({ kind: "signed-out" });
      case "gone":
        // Deleted elsewhere: the text lives on as a new entry, private like every new one.
        this.entryId = newEntryId();
        this.baseVersion = 0;
        this.confirmed = null;
        writeDraft(this.draft());
        this.set({ kind: "dirty" }, { entry: { id: this.entryId, onServer: false, sharedWith: [] } });
        return this.schedule(0);
      case "invalid":
        return this.set({ kind: "invalid", message: outcome.message });
      case "retry":
        // While saves keep failing, the status keeps the first failure's
        // reference: one a learner may already have passed on to support.
        this.failureReference ??= outcome.reference;
        this.set(
          outcome.offline
            ? { kind: "offline" }
            : { kind: "retrying", reason: outcome.message, reference: this.failureReference },
        );
        this.schedule(this.retryDelay);
        this.retryDelay = Math.min(this.retryDelay * 2, RETRY_MAX_MS);
        return;
    }
  }

  resolve(choice: "mine" | "theirs" | "both"): void {
    if (this.status.kind !== "conflict") return;
    const server = this.status.server;
    if (choice === "theirs") {
      this.baseVersion = server.version;
      this.confirmed = server.body;
      this.text = server.body;
      removeDraft(this.meta.promptId);
      return this.set({ kind: "saved", at: server.updatedAt });
    }
    if (choice === "mine") {
      this.baseVersion = server.version;
      this.confirmed = server.body;
      writeDraft(this.draft());
      this.set({ kind: "dirty" });
    } else {
      // Keep both: the saved text stays as an earlier answer (shared as it was),
      // this one becomes new, and private like every new answer.
      this.entryId = newEntryId();
      this.baseVersion = 0;
      this.confirmed = null;
      writeDraft(this.draft());
      this.set({ kind: "dirty" }, { earlier: server, entry: { id: this.entryId, onServer: false, sharedWith: [] } });
    }
    void this.flush();
  }

  /** Starts a new dated answer to the same prompt; the current one becomes an earlier answer. */
  answerAgain(previous: Entry | null): void {
    clearTimeout(this.timer);
    this.firstUnsavedAt = null;
    this.entryId = newEntryId();
    this.baseVersion = 0;
    this.confirmed = null;
    this.text = "";
    removeDraft(this.meta.promptId);
    this.set(
      { kind: "idle" },
      { entry: { id: this.entryId, onServer: false, sharedWith: [] }, ...(previous ? { earlier: previous } : {}) },
    );
  }

  dispose(): void {
    clearTimeout(this.timer);
    clearTimeout(this.slowTimer);
  }
}
