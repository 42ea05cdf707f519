// Module 4: a path of one's own, with marked steps (plan, act, look back) and
// a flag where it is heading.
import { ArtFrame, Person, type ArtProps } from "./art-frame";

export const YOUR_TURN_LABEL = "A person at the start of a winding path with three marked steps leading to a flag.";

const STEPS = [
  [168, 142],
  [236, 110],
  [300, 84],
] as const;

export function YourTurnArt(props: ArtProps) {
  return (
    <ArtFrame label={YOUR_TURN_LABEL} height={180} {...props}>
      <path
        d="M110 166C140 166 140 146 168 142S210 116 236 110S280 92 300 84S330 70 340 66"
        className="stroke-ink-muted"
        strokeDasharray="2 9"
      />
      {STEPS.map(([x, y]) => (
        <circle key={x} cx={x} cy={y} r={7} className="fill-accent" />
      ))}
      <path d="M340 66V22" className="stroke-ink-muted" />
      <path d="M340 22L370 31L340 40Z" className="fill-accent stroke-accent" />
      <Person x={70} y={86} bottom={180} />
    </ArtFrame>
  );
}
