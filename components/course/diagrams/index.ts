// Every picture drawn for the course, by the name a lesson gives
// <Diagram name="…" />. Keep in step with lib/course/diagrams.ts (a unit test
// checks both lists match).
import type { ComponentType } from "react";
import { ChangeCourseOrStop } from "./change-course-or-stop";
import { PlanActLookBack } from "./plan-act-look-back";
import { AcknowledgeAndRemedy } from "./acknowledge-and-remedy";
import { HearingAnApology } from "./hearing-an-apology";

export const DIAGRAMS: Record<string, ComponentType> = {
  "plan-act-look-back": PlanActLookBack,
  "acknowledge-and-remedy": AcknowledgeAndRemedy,
  "hearing-an-apology": HearingAnApology,
  "change-course-or-stop": ChangeCourseOrStop,
};
