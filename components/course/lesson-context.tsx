"use client";
import { createContext, useContext, type ReactNode } from "react";
import type { LookBackActions } from "@/components/lookbacks/look-back-controls";

type Lesson = { lessonKey: string; lookBackActions: LookBackActions | null };

/** Which lesson the islands inside a lesson's MDX belong to, and the actions they may offer. */
const LessonContext = createContext<Lesson | null>(null);

export function LessonProvider({
  lessonKey,
  lookBackActions = null,
  children,
}: {
  lessonKey: string;
  /** Scheduling a look-back at a saved answer (server actions, handed down by the lesson page). */
  lookBackActions?: LookBackActions | null;
  children: ReactNode;
}) {
  return <LessonContext value={{ lessonKey, lookBackActions }}>{children}</LessonContext>;
}

export function useLessonKey(): string | null {
  return useContext(LessonContext)?.lessonKey ?? null;
}

export function useLookBackActions(): LookBackActions | null {
  return useContext(LessonContext)?.lookBackActions ?? null;
}
