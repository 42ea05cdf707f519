"use client";
// The lesson islands that only some lessons use, each in a chunk of its own.
// The lesson route renders every lesson's MDX, so a component the MDX names
// directly lands in one chunk that every lesson loads. Through next/dynamic a
// lesson loads only the islands it renders: they are still rendered into the
// static HTML, and the chunks of the ones on the page are preloaded there.
// See docs/decisions/054-lesson-islands-on-demand.md.
import dynamic from "next/dynamic";

export const Scenario = dynamic(() => import("./scenario").then((m) => m.Scenario));
export const PlanLookBackDay = dynamic(() => import("./plan-look-back-day").then((m) => m.PlanLookBackDay));
export const RecalledAnswers = dynamic(() => import("./recalled-answers").then((m) => m.RecalledAnswers));
export const PlannerFields = dynamic(() => import("./planner-fields").then((m) => m.PlannerFields));
