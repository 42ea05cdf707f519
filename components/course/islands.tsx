"use client";
// The lesson islands that only some lessons use, each in a chunk of its own.
// The lesson route renders every lesson's MDX, so a component the MDX names
// directly lands in one chunk that every lesson loads. Here a lesson loads
// only the islands it renders. They are still rendered into the static HTML,
// inside a marker element (`data-island`, `display: contents`); in the
// browser this module asks for the code of the islands the HTML has as soon
// as it runs, so hydration finds it here rather than one request later.
// React.lazy, not next/dynamic, whose machinery cost every lesson 2 KB; see
// docs/decisions/054-lesson-islands-on-demand.md and 059-own-link.md.
import { lazy, type ComponentType } from "react";

function island<P extends object>(name: string, load: () => Promise<ComponentType<P>>) {
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  const start = () => (loading ??= load().then((component) => ({ default: component })));
  if (typeof document !== "undefined") {
    const startIfOnPage = () => {
      if (document.querySelector(`[data-island="${name}"]`)) void start();
    };
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", startIfOnPage, { once: true });
    else startIfOnPage();
  }
  const Lazy = lazy(start);
  function Island(props: P) {
    return (
      <div data-island={name} className="contents">
        <Lazy {...props} />
      </div>
    );
  }
  Island.displayName = name;
  return Island;
}

export const Scenario = island("scenario", () => import("./scenario").then((m) => m.Scenario));
export const PlanLookBackDay = island("plan-look-back-day", () =>
  import("./plan-look-back-day").then((m) => m.PlanLookBackDay),
);
export const RecalledAnswers = island("recalled-answers", () =>
  import("./recalled-answers").then((m) => m.RecalledAnswers),
);
export const PlannerFields = island("planner-fields", () => import("./planner-fields").then((m) => m.PlannerFields));
