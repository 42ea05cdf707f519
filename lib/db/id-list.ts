// Lists of ids in a query. Each id in `{ in: [...] }` is a bound parameter,
// and SQLite refuses a statement with more than a few thousand of them, so a
// learner with a long journal could not open the print view. Short lists go
// to the database; a long one reads by owner (the caller's own where clause)
// and is filtered here.

/** Longer lists than this are filtered in memory rather than bound one by one. */
export const MAX_BOUND_IDS = 500;

/** `{ in: ids }` for a short list; undefined (no filter) for a long one, which the caller filters with `keepListed`. */
export function idsFilter(ids: readonly string[]): { in: string[] } | undefined {
  return ids.length <= MAX_BOUND_IDS ? { in: [...ids] } : undefined;
}

/** The rows whose id (by `idOf`) is in `ids`; all rows when the list was short enough to filter in the query. */
export function keepListed<T>(rows: T[], ids: readonly string[], idOf: (row: T) => string): T[] {
  if (ids.length <= MAX_BOUND_IDS) return rows;
  const wanted = new Set(ids);
  return rows.filter((row) => wanted.has(idOf(row)));
}

/** The list in pieces of at most MAX_BOUND_IDS, for writes that need every id bound. */
export function inChunks<T>(ids: readonly T[]): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < ids.length; i += MAX_BOUND_IDS) chunks.push(ids.slice(i, i + MAX_BOUND_IDS));
  return chunks;
}
