"use client";
// The signed-in learner's state of every lesson, for the islands of the static
// course pages (the module page's list, the lesson's place in its module).
// Asked once per page and shared; asked again when a lesson's completion
// changes on this page (PROGRESS_CHANGED_EVENT).
import { startTransition, useEffect, useState } from "react";
import { readReadingPlace } from "@/components/course/reading-place";
import { sharedRequest } from "@/components/session/request-cache";
import { useSession } from "@/components/session/use-session";
import { parseReadingPlace } from "@/lib/progress/reading-place";
import { courseProgress, type CourseProgressView } from "../actions";

/** Dispatched on window when this page changed a lesson's completion. */
export const PROGRESS_CHANGED_EVENT = "itt:progress-changed";

export type CourseProgressState =
  | { kind: "loading" }
  | { kind: "unavailable" }
  /** Signed in: from the account. Signed out: from this browser (visits only), when there is a place kept. */
  | { kind: "ready"; view: CourseProgressView; from: "account" | "browser" }
  | { kind: "signed-out" };

function load(pathname: string, fresh: boolean): Promise<CourseProgressView | null> {
  return sharedRequest(
    "course-progress",
    pathname,
    async () => {
      try {
        const result = await courseProgress({});
        return result.ok ? { lessons: result.lessons, continueWith: result.continueWith } : null;
      } catch {
        return null;
      }
    },
    { fresh, keep: (view) => view !== null },
  );
}

export function useCourseProgress(): CourseProgressState {
  const session = useSession();
  const signedIn = session.status === "ready" && session.session !== null;
  const [state, setState] = useState<CourseProgressState>({ kind: "loading" });

  useEffect(() => {
    if (!signedIn) return;
    let live = true;
    const ask = (fresh: boolean) =>
      void load(window.location.pathname, fresh).then((view) => {
        // A transition: the lists re-render in slices (decision 062).
        if (live)
          startTransition(() => setState(view ? { kind: "ready", view, from: "account" } : { kind: "unavailable" }));
      });
    ask(false);
    const onChange = () => ask(true);
    window.addEventListener(PROGRESS_CHANGED_EVENT, onChange);
    return () => {
      live = false;
      window.removeEventListener(PROGRESS_CHANGED_EVENT, onChange);
    };
  }, [signedIn]);

  if (session.status === "loading") return { kind: "loading" };
  if (session.unknown) return { kind: "unavailable" };
  if (!signedIn) return browserPlace();
  return state;
}

/** A signed-out reader's place: the lessons they opened, and the last one to continue with. */
function browserPlace(): CourseProgressState {
  if (typeof window === "undefined") return { kind: "signed-out" };
  const entries = parseReadingPlace(JSON.stringify(readReadingPlace() ?? null));
  if (entries.length === 0) return { kind: "signed-out" };
  const lessons = Object.fromEntries(entries.map((e) => [e.lessonKey, "in-progress" as const]));
  const last = entries.reduce((a, b) => (b.visitedAt > a.visitedAt ? b : a));
  return {
    kind: "ready",
    from: "browser",
    view: { lessons, continueWith: { key: last.lessonKey, title: "", href: "" } },
  };
}
