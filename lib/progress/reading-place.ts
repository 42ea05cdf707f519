// A signed-out reader's place in the course: which lessons they opened and
// reached the end of, kept in their browser (components/course/reading-place.tsx)
// and carried into their account by the sign-in and sign-up forms, as drafts
// are. It arrives from a form anyone can fill, so it is read leniently: what
// can't be read is dropped, never an error that stops someone signing in.
// No zod here: the lesson's islands use it, and stay small. Pure; safe anywhere.

export const READING_PLACE_KEY = "itt:place";
export const READING_PLACE_MAX_CHARS = 20_000;
const MAX_LESSONS = 100;
const MAX_KEY = 200;
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

type StoredLesson = { visitedAt: string; reachedEndAt?: string };
export type StoredPlace = { lessons: Record<string, StoredLesson> };
export type PlaceEntry = { lessonKey: string; visitedAt: Date; reachedEndAt: Date | null };

function moment(value: unknown): Date | null {
  if (typeof value !== "string" || !ISO_MOMENT.test(value)) return null;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? null : at;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The readable lessons of a stored place; anything unreadable is left out. */
function storedLessons(stored: unknown): Map<string, StoredLesson> {
  const lessons = new Map<string, StoredLesson>();
  if (!isRecord(stored) || !isRecord(stored.lessons)) return lessons;
  for (const [key, value] of Object.entries(stored.lessons)) {
    if (lessons.size >= MAX_LESSONS) break;
    if (key.length === 0 || key.length > MAX_KEY || !isRecord(value) || !moment(value.visitedAt)) continue;
    const reachedEndAt = moment(value.reachedEndAt) ? (value.reachedEndAt as string) : undefined;
    lessons.set(key, { visitedAt: value.visitedAt as string, ...(reachedEndAt ? { reachedEndAt } : {}) });
  }
  return lessons;
}

/** The entries of a stored place (the text of the form's field), or [] for anything that isn't one. */
export function parseReadingPlace(text: unknown): PlaceEntry[] {
  if (typeof text !== "string" || text.length === 0 || text.length > READING_PLACE_MAX_CHARS) return [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [];
  }
  return [...storedLessons(json)].map(([lessonKey, at]) => ({
    lessonKey,
    visitedAt: new Date(at.visitedAt),
    reachedEndAt: at.reachedEndAt ? new Date(at.reachedEndAt) : null,
  }));
}

/** The stored place with one more visit (or end reached) of `lessonKey` at `now`. */
export function withVisit(stored: unknown, lessonKey: string, now: Date, reachedEnd = false): StoredPlace {
  const lessons = storedLessons(stored);
  const before = lessons.get(lessonKey);
  const at = now.toISOString();
  lessons.delete(lessonKey);
  lessons.set(lessonKey, {
    visitedAt: at,
    ...(before?.reachedEndAt || reachedEnd ? { reachedEndAt: before?.reachedEndAt ?? at } : {}),
  });
  return { lessons: Object.fromEntries(lessons) };
}
