// What the overview's address asks for: the order, whether to show only
// those who need attention, and which page of learners. Anything it doesn't
// understand falls back to the default, so an old or edited link still works.
import { z } from "zod";
import type { SortKey } from "@/lib/cohorts/grid";

export const LEARNERS_PER_PAGE = 50;

const OverviewQuery = z.object({
  sort: z.enum(["name", "progress", "activity"]).catch("name"),
  show: z.enum(["all", "attention"]).catch("all"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type Overview = { sort: SortKey; show: "all" | "attention"; page: number };

export function parseOverview(query: Record<string, string | string[] | undefined>): Overview {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return OverviewQuery.parse({ sort: first(query.sort), show: first(query.show), page: first(query.page) });
}

/** The overview's address with some of its choices changed; defaults are left out. */
export function overviewHref(base: string, current: Overview, change: Partial<Overview>): string {
  const next = { ...current, page: 1, ...change };
  const params = new URLSearchParams();
  if (next.sort !== "name") params.set("sort", next.sort);
  if (next.show !== "all") params.set("show", next.show);
  if (next.page > 1) params.set("page", String(next.page));
  const query = params.toString();
  return `${base}${query ? `?${query}` : ""}#learners`;
}
