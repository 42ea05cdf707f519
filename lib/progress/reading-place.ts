// A signed-out reader's place in the course: which lessons they opened and
// reached the end of, kept in their browser (components/course/reading-place.ts)
// and carried into their account by the sign-in and sign-up forms, as drafts
// are. It arrives from a form anyone can fill, so it is read leniently: what
// can't be read is dropped, never an error that stops someone signing in.
// Pure; safe anywhere.
import { z } from "zod";

export const READING_PLACE_KEY = "itt:place";
export const READING_PLACE_MAX_CHARS = 20_000;
const MAX_LESSONS = 100;

const Moment = z.iso.datetime({ offset: true });
const StoredPlaceSchema = z.object({
  lessons: z.record(z.string().max(200), z.object({ visitedAt: Moment, reachedEndAt: Moment.optional() })),
});
export type StoredPlace = z.infer<typeof StoredPlaceSchema>;

export type PlaceEntry = { lessonKey: string; visitedAt: Date; reachedEndAt: Date | null };

/** The entries of a stored place, or [] for anything that isn't one. */
export function parseReadingPlace(text: unknown): PlaceEntry[] {
  if (typeof text !== "string" || text.length === 0 || text.length > READING_PLACE_MAX_CHARS) return [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return [];
  }
  const parsed = StoredPlaceSchema.safeParse(json);
  if (!parsed.success) return [];
  return Object.entries(parsed.data.lessons)
    .slice(0, MAX_LESSONS)
    .map(([lessonKey, at]) => ({
      lessonKey,
      visitedAt: new Date(at.visitedAt),
      reachedEndAt: at.reachedEndAt ? new Date(at.reachedEndAt) : null,
    }));
}

/** The hidden `place` field of the sign-in and sign-up forms: never an error. */
export const ReadingPlaceFieldSchema = z.unknown().transform(parseReadingPlace);

/** The stored place with one more visit (or end reached) of `lessonKey` at `now`. */
export function withVisit(stored: unknown, lessonKey: string, now: Date, reachedEnd = false): StoredPlace {
  const parsed = StoredPlaceSchema.safeParse(stored);
  const lessons = parsed.success ? { ...parsed.data.lessons } : {};
  const before = lessons[lessonKey];
  const at = now.toISOString();
  lessons[lessonKey] = {
    visitedAt: at,
    ...(before?.reachedEndAt || reachedEnd ? { reachedEndAt: before?.reachedEndAt ?? at } : {}),
  };
  return { lessons };
}
