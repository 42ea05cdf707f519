// Where a page of shared reflections starts: just after the entry with this
// `id` that was shared with the cohort at `sharedAt`, in the page's order
// (the share's sharedAt newest first, then the entry's id). Written into the
// address as "<milliseconds>.<id>" so a "Show older" link is a plain link.
// A cursor only says where to start reading; what may be read is still
// decided by the facilitator check in the query.
export type SharedCursor = { sharedAt: Date; id: string };

const CURSOR = /^(\d{1,15})\.([A-Za-z0-9_-]{1,100})$/;

export function encodeCursor(cursor: SharedCursor): string {
  return `${cursor.sharedAt.getTime()}.${cursor.id}`;
}

/** The cursor in `text`, or null when it isn't one we could have written. */
export function decodeCursor(text: string): SharedCursor | null {
  const match = CURSOR.exec(text);
  if (!match) return null;
  const sharedAt = new Date(Number(match[1]));
  if (Number.isNaN(sharedAt.getTime())) return null;
  return { sharedAt, id: match[2] ?? "" };
}
