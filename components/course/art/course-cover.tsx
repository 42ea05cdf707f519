// The course's cover: the mark, opened up. Two people, each in a circle of
// their own; the circles overlap between them, and the shared part is filled:
// it takes two.
import { useId } from "react";
import { ArtFrame, Person, type ArtProps } from "./art-frame";

export const COURSE_COVER_LABEL =
  "Two people, each inside a circle of their own; the circles overlap between them, and the shared part is filled in.";

// Two circles of radius 95, 110 apart: they meet at x 200, 77.46 above and below the centre.
const R = 95;
const CY = 115;
const LEFT = 145;
const RIGHT = 255;
const MEET = 77.46;

export function CourseCover(props: ArtProps) {
  const id = useId();
  return (
    <ArtFrame label={COURSE_COVER_LABEL} height={230} {...props}>
      <clipPath id={`${id}-l`}>
        <circle cx={LEFT} cy={CY} r={R} />
      </clipPath>
      <clipPath id={`${id}-r`}>
        <circle cx={RIGHT} cy={CY} r={R} />
      </clipPath>
      <path
        d={`M200 ${CY - MEET}A${R} ${R} 0 0 1 200 ${CY + MEET}A${R} ${R} 0 0 1 200 ${CY - MEET}Z`}
        className="fill-accent"
        fillOpacity={0.3}
      />
      <g clipPath={`url(#${id}-l)`}>
        <Person x={117} y={100} bottom={230} scale={1.25} />
      </g>
      <g clipPath={`url(#${id}-r)`}>
        <Person x={283} y={100} bottom={230} scale={1.25} />
      </g>
      <g className="stroke-accent">
        <circle cx={LEFT} cy={CY} r={R} />
        <circle cx={RIGHT} cy={CY} r={R} />
      </g>
    </ArtFrame>
  );
}
