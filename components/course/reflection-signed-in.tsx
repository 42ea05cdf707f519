"use client";
// The parts of a reflection editor that only a signed-in learner's saved
// answers show: sharing one with a cohort, planning a look-back at it, the
// earlier answers to the same question, and the choice to make when the
// answer was changed elsewhere (only a saved answer can be). A signed-out reader never sees
// them, so they are a chunk of their own, loaded (loadSignedInParts in
// use-reflection-editor.ts) while the learner's answers are fetched.
export { ConflictChoice } from "./conflict-choice";
export { EarlierAnswers } from "./earlier-answers";
export { ReflectionSharing } from "./reflection-sharing";
export { LookBackControls } from "@/components/lookbacks/look-back-controls";
