// Module 2: before looking at the other person, look in the mirror.
import { useId } from "react";
import { ArtFrame, Person, type ArtProps } from "./art-frame";

export const CHECK_YOURSELF_FIRST_LABEL = "A person looking into a mirror and seeing themselves.";

export function CheckYourselfFirstArt(props: ArtProps) {
  return checkYourselfFirstDrawing(useId(), props);
}

/** The drawing itself, given an id for the mirror's clip that is unique on the page (art-svg.ts draws it without React). */
export function checkYourselfFirstDrawing(glass: string, props: ArtProps) {
  return (
    <ArtFrame label={CHECK_YOURSELF_FIRST_LABEL} height={180} {...props}>
      <Person x={120} y={72} bottom={180} />
      <clipPath id={glass}>
        <ellipse cx={270} cy={94} rx={50} ry={68} />
      </clipPath>
      <ellipse cx={270} cy={94} rx={50} ry={68} className="fill-surface" />
      <g clipPath={`url(#${glass})`} strokeDasharray="5 6">
        <Person x={270} y={84} bottom={180} scale={0.8} />
      </g>
      <ellipse cx={270} cy={94} rx={50} ry={68} className="stroke-accent" />
      <path d="M243 52l12 -14M243 70l22 -26" className="stroke-accent" />
      <path d="M270 162v10M244 174h52" className="stroke-accent" />
    </ArtFrame>
  );
}
