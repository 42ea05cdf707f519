// The picture for the course and for each module, by the module's slug (its
// folder name in content/modules without the number). A unit test checks that
// every module in content/ has one.
import type { ComponentType } from "react";
import type { ArtProps } from "./art-frame";
import { CHECK_YOURSELF_FIRST_LABEL, CheckYourselfFirstArt } from "./check-yourself-first";
import { OWN_YOUR_PART_LABEL, OwnYourPartArt } from "./own-your-part";
import { TRUST_IS_FRAGILE_LABEL, TrustIsFragileArt } from "./trust-is-fragile";
import { YOUR_TURN_LABEL, YourTurnArt } from "./your-turn";

export { COURSE_COVER_LABEL, CourseCover } from "./course-cover";
export type { ArtProps } from "./art-frame";

export type ModuleArt = { Art: ComponentType<ArtProps>; label: string };

export const MODULE_ART: Record<string, ModuleArt> = {
  "trust-is-fragile": { Art: TrustIsFragileArt, label: TRUST_IS_FRAGILE_LABEL },
  "check-yourself-first": { Art: CheckYourselfFirstArt, label: CHECK_YOURSELF_FIRST_LABEL },
  "own-your-part": { Art: OwnYourPartArt, label: OWN_YOUR_PART_LABEL },
  "your-turn": { Art: YourTurnArt, label: YOUR_TURN_LABEL },
};

/** The module's picture; a module added to content/ without one fails the unit test, and shows none. */
export function moduleArt(slug: string): ModuleArt | undefined {
  return MODULE_ART[slug];
}
