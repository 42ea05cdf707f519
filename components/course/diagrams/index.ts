// Every picture drawn for the course, by the name a lesson gives
// <Diagram name="…" />. Keep in step with lib/course/diagrams.ts (a unit test
// checks both lists match).
import type { ComponentType } from "react";
import { ChangeCourseOrStop } from "./change-course-or-stop";
import { PlanActLookBack } from "./plan-act-look-back";

export const DIAGRAMS: Record<string, ComponentType> = {
  "plan-act-look-back": PlanActLookBack,
  "change-course-or-stop": ChangeCourseOrStop,
};
