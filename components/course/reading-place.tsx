"use client";
// A signed-out reader's place, kept in this browser (lib/progress/reading-place.ts):
// remembered as they read, sent with the sign-in and sign-up forms so it is
// carried into their account, and forgotten once a signed-in page has loaded
// (so nobody else who signs in on this browser gets it).
import { useSyncExternalStore } from "react";
import { READING_PLACE_KEY, withVisit } from "@/lib/progress/reading-place";

function storedText(): string {
  try {
    return window.localStorage.getItem(READING_PLACE_KEY) ?? "";
  } catch {
    return "";
  }
}

/** The place as stored, or undefined. */
export function readReadingPlace(): unknown {
  const text = storedText();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Notes a visit to `lessonKey` (and, with `reachedEnd`, that its end was reached). */
export function rememberReading(lessonKey: string, reachedEnd = false): void {
  try {
    window.localStorage.setItem(
      READING_PLACE_KEY,
      JSON.stringify(withVisit(readReadingPlace(), lessonKey, new Date(), reachedEnd)),
    );
  } catch {
    // Storage full or blocked: the place is a nicety, reading goes on.
  }
}

export function forgetReadingPlace(): void {
  try {
    window.localStorage.removeItem(READING_PLACE_KEY);
  } catch {
    // Nothing to forget.
  }
}

function subscribe(): () => void {
  return () => {};
}

/** A hidden `place` field for the sign-in and sign-up forms (empty until hydrated). */
export function ReadingPlaceField() {
  const text = useSyncExternalStore(subscribe, storedText, () => "");
  return <input type="hidden" name="place" value={text} />;
}
