// Links within the journal keep the search and filters the learner chose.
export type JournalView = "lesson" | "timeline";
export type JournalParams = {
  q?: string;
  module?: string | null;
  visibility?: "private" | "shared" | null;
  view?: JournalView;
  page?: number;
};

export function journalHref(params: JournalParams): string {
  const search = new URLSearchParams();
  if (params.q) search.set("q", params.q);
  if (params.module) search.set("module", params.module);
  if (params.visibility) search.set("visibility", params.visibility);
  if (params.view && params.view !== "lesson") search.set("view", params.view);
  if (params.page && params.page > 1) search.set("page", String(params.page));
  const query = search.toString();
  return query ? `/journal?${query}` : "/journal";
}

export { journalPromptPath as promptHref } from "@/lib/reflections/paths";
