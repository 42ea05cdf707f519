// Module 1: trust as a thread between two people, strung with small
// deposits, and snapped in the middle by one moment.
import { ArtFrame, Person, type ArtProps } from "./art-frame";

export const TRUST_IS_FRAGILE_LABEL =
  "Two people joined by a thread strung with small beads; in the middle, the thread has snapped.";

type Point = readonly [number, number];
const LEFT: [Point, Point, Point] = [
  [104, 120],
  [150, 136],
  [188, 136],
];
const RIGHT: [Point, Point, Point] = [
  [212, 136],
  [250, 136],
  [296, 120],
];

/** A point on a quadratic curve: where each small bead sits on the thread. */
function along([a, b, c]: [Point, Point, Point], t: number): Point {
  const u = 1 - t;
  return [u * u * a[0] + 2 * u * t * b[0] + t * t * c[0], u * u * a[1] + 2 * u * t * b[1] + t * t * c[1]];
}

const curve = ([a, b, c]: [Point, Point, Point]) => `M${a[0]} ${a[1]}Q${b[0]} ${b[1]} ${c[0]} ${c[1]}`;
const beads = [LEFT, RIGHT].flatMap((side) => [0.25, 0.55, 0.85].map((t) => along(side, t)));

export function TrustIsFragileArt(props: ArtProps) {
  return (
    <ArtFrame label={TRUST_IS_FRAGILE_LABEL} height={180} {...props}>
      <Person x={70} y={72} bottom={180} />
      <Person x={330} y={72} bottom={180} />
      <path d={`${curve(LEFT)}${curve(RIGHT)}`} className="stroke-accent" />
      {/* The two loose ends, hanging where the thread snapped. */}
      <path d="M188 136q6 1 7 12M212 136q-6 1 -7 12" className="stroke-accent" />
      {beads.map(([x, y]) => (
        <circle key={x} cx={x.toFixed(1)} cy={y.toFixed(1)} r={5} className="fill-accent" />
      ))}
    </ArtFrame>
  );
}
