// Module 1: trust as a running balance. Many small deposits lift it a step
// at a time; one large withdrawal takes much of it away at once.
import { DiagramFrame } from "./diagram-frame";

const STEPS = 10;
const STEP_WIDTH = 25;
const STEP_RISE = 14;
const LEFT = 40;
const START = 210;
const TOP = START - STEPS * STEP_RISE;
const DROP_X = LEFT + STEPS * STEP_WIDTH + 10;
const AFTER = 168;

const stairs = Array.from({ length: STEPS }, () => `h ${STEP_WIDTH} v -${STEP_RISE}`).join(" ");
const deposits = Array.from({ length: STEPS }, (_, i) => ({
  x: LEFT + (i + 1) * STEP_WIDTH,
  y: START - (i + 1) * STEP_RISE,
}));

export function TrustDeposits() {
  return (
    <DiagramFrame
      title="Trust grows by small deposits and can drop in one withdrawal"
      description="A line shows trust over time. It climbs slowly, one small step at a time, each step a small deposit such as a kept promise or an honest word. Near the end, one large withdrawal makes the line fall most of the way back down in a single drop. Building took many steps; losing took one."
      caption="Many small deposits build trust. One large withdrawal can take much of it away."
      height={260}
    >
      <g className="fill-none stroke-ink-muted" strokeWidth={2} strokeLinecap="round">
        <path d={`M ${LEFT} 30 V 222 H 382`} />
      </g>
      <text x={LEFT + 8} y={34} className="fill-ink-muted" fontSize={16}>
        trust
      </text>
      <text x={382} y={246} textAnchor="end" className="fill-ink-muted" fontSize={16}>
        time
      </text>

      <path
        d={`M ${LEFT} ${START} ${stairs} H ${DROP_X}`}
        className="fill-none stroke-accent"
        strokeWidth={2}
        strokeLinejoin="round"
      />
      {deposits.map((d) => (
        <circle key={d.x} cx={d.x} cy={d.y} r={4} className="fill-accent" />
      ))}
      <text x={LEFT + 16} y={68} className="fill-ink" fontSize={17} fontWeight={600}>
        Many small deposits
      </text>

      <defs>
        <marker id="td-arrow" viewBox="0 0 10 10" refX="6" refY="5" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M 0 0 L 10 5 L 0 10 z" className="fill-ink" />
        </marker>
      </defs>
      <path
        d={`M ${DROP_X} ${TOP} V ${AFTER - 6}`}
        className="fill-none stroke-ink"
        strokeWidth={2}
        markerEnd="url(#td-arrow)"
      />
      <path
        d={`M ${DROP_X} ${AFTER} H 372`}
        className="fill-none stroke-ink-muted"
        strokeWidth={2}
        strokeDasharray="4 6"
      />
      <text x={382} y={200} textAnchor="end" className="fill-ink" fontSize={17} fontWeight={600}>
        One large withdrawal
      </text>
    </DiagramFrame>
  );
}
