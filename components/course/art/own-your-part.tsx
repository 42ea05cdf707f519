// Module 3: each person reaches out their own part of the way, and the hands
// meet in the middle, overlapping like the two circles of the mark.
import { ArtFrame, Person, type ArtProps } from "./art-frame";

export const OWN_YOUR_PART_LABEL = "Two people each reach out a hand, and their hands meet in the middle.";

export function OwnYourPartArt(props: ArtProps) {
  return (
    <ArtFrame label={OWN_YOUR_PART_LABEL} height={180} {...props}>
      <Person x={80} y={72} bottom={180} />
      <Person x={320} y={72} bottom={180} />
      <g className="stroke-ink-muted" strokeWidth={10}>
        <path d="M104 150Q140 150 176 122" />
        <path d="M296 150Q260 150 224 122" />
      </g>
      <path d="M200 106.7A18 18 0 0 1 200 133.3A18 18 0 0 1 200 106.7Z" className="fill-accent" />
      <g className="stroke-accent">
        <circle cx={188} cy={120} r={18} />
        <circle cx={212} cy={120} r={18} />
      </g>
    </ArtFrame>
  );
}
