// Every picture drawn for the course, by the name a lesson gives
// <Diagram name="…" />. Keep in step with lib/course/diagrams.ts (a unit test
// checks both lists match).
import type { ComponentType } from "react";
import { BlameStoryWiderPicture } from "./blame-story-wider-picture";
import { PlanActLookBack } from "./plan-act-look-back";
import { TrustDeposits } from "./trust-deposits";

export const DIAGRAMS: Record<string, ComponentType> = {
  "plan-act-look-back": PlanActLookBack,
  "trust-deposits": TrustDeposits,
  "blame-story-wider-picture": BlameStoryWiderPicture,
};
