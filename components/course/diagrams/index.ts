// Every picture drawn for the course, by the name a lesson gives
// <Diagram name="…" />. Keep in step with lib/course/diagrams.ts (a unit test
// checks both lists match).
import type { ComponentType } from "react";
import { AcknowledgeAndRemedy } from "./acknowledge-and-remedy";
import { BlameStoryWiderPicture } from "./blame-story-wider-picture";
import { HearingAnApology } from "./hearing-an-apology";
import { PlanActLookBack } from "./plan-act-look-back";
import { TrustDeposits } from "./trust-deposits";

export const DIAGRAMS: Record<string, ComponentType> = {
  "trust-deposits": TrustDeposits,
  "blame-story-wider-picture": BlameStoryWiderPicture,
  "acknowledge-and-remedy": AcknowledgeAndRemedy,
  "hearing-an-apology": HearingAnApology,
  "plan-act-look-back": PlanActLookBack,
};
