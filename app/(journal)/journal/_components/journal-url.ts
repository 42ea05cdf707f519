// Links within the journal keep the search and filters the learner chose.
export type JournalView = "lesson" | "timeline";
export type JournalParams = {
  q?: string;
  module?: string | null;
  visibility?: "private" | "shared" | null;
  view?: JournalView;
  page?: number;
  /** The answer whose sharing confirmation is drawn open (a page without JavaScript; decision 063). */
  share?: string;
  /** The answer whose look-back forms are drawn open. */
  lookBack?: string;
};

export function journalHref(params: JournalParams): string {
  const search = new URLSearchParams();
  if (params.q) search.set("q", params.q);
  if (params.module) search.set("module", params.module);
  if (params.visibility) search.set("visibility", params.visibility);
  if (params.view && params.view !== "lesson") search.set("view", params.view);
  if (params.page && params.page > 1) search.set("page", String(params.page));
  if (params.share) search.set("share", params.share);
  if (params.lookBack) search.set("lookBack", params.lookBack);
  const query = search.toString();
  return query ? `/journal?${query}` : "/journal";
}

/** Where an answer's controls are drawn open, without JavaScript: this page of the journal, at that answer. */
export type OpenedControls = { at: JournalParams; share?: string; lookBack?: string };

export function answerAnchor(entryId: string): string {
  return `answer-${entryId}`;
}

/** This page of the journal at one answer, with that answer's share or look-back controls drawn open, or none (`null`). */
export function openedHref(opened: OpenedControls, which: "share" | "lookBack" | null, entryId: string): string {
  const open = which ? { [which]: entryId } : {};
  return `${journalHref({ ...opened.at, share: undefined, lookBack: undefined, ...open })}#${answerAnchor(entryId)}`;
}

export { journalPromptPath as promptHref } from "@/lib/reflections/paths";
