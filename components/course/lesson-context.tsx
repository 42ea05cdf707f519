"use client";
import { createContext, useContext, type ReactNode } from "react";

/** Which lesson the islands inside a lesson's MDX belong to. */
const LessonContext = createContext<{ lessonKey: string } | null>(null);

export function LessonProvider({ lessonKey, children }: { lessonKey: string; children: ReactNode }) {
  return <LessonContext value={{ lessonKey }}>{children}</LessonContext>;
}

export function useLessonKey(): string | null {
  return useContext(LessonContext)?.lessonKey ?? null;
}
