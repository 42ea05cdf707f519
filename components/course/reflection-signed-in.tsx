"use client";
// The parts of a reflection editor that only a signed-in learner's saved
// answers show: sharing one with a cohort, planning a look-back at it, and
// the earlier answers to the same question. A signed-out reader never sees
// them, so they are a chunk of their own, loaded (loadSignedInParts in
// use-reflection-editor.ts) while the learner's answers are fetched.
export { EarlierAnswers } from "./earlier-answers";
export { ReflectionSharing } from "./reflection-sharing";
export { LookBackControls } from "@/components/lookbacks/look-back-controls";
