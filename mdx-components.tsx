// Required by @next/mdx at the project root: the components every MDX file may
// use. Their props are checked at build time (lib/course/schemas.ts).
import type { MDXComponents } from "mdx/types";
import { Callout } from "@/components/course/callout";
import { Diagram } from "@/components/course/diagram";
import { FacilitatorNote } from "@/components/course/facilitator-note";
import { Scenario } from "@/components/course/islands";
import { KeyIdea } from "@/components/course/key-idea";
import { KnowledgeCheck } from "@/components/course/knowledge-check";
import { PlanLookBack } from "@/components/course/plan-look-back";
import { Planner } from "@/components/course/planner";
import { Quote } from "@/components/course/quote";
import { RecallAnswers } from "@/components/course/recall-answers";
import { Reflection } from "@/components/course/reflection";
import { Source } from "@/components/course/source";

const lessonComponents = {
  Callout,
  Diagram,
  FacilitatorNote,
  KeyIdea,
  KnowledgeCheck,
  PlanLookBack,
  Planner,
  Quote,
  RecallAnswers,
  Reflection,
  Scenario,
  Source,
};

export function useMDXComponents(components: MDXComponents): MDXComponents {
  return { ...lessonComponents, ...components };
}
