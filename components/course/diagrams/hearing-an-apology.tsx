// Module 3, lesson 4: hearing an apology as a short path of steps. Listen,
// thank them, be honest about where you are, ask for one thing, and take the
// time you need; the last step is drawn open-ended because it may take weeks.
import { DiagramFrame } from "./diagram-frame";

const STEPS = ["Listen", "Thank them", "Be honest", "Ask for one thing", "Take time"];
const ROW = 52;
const TOP = 20;

export function HearingAnApology() {
  const last = STEPS.length - 1;
  return (
    <DiagramFrame
      title="Hearing an apology, step by step"
      description="Five steps, one after another, joined by a line. One: listen all the way through. Two: thank them for coming to you. Three: be honest about where you are. Four: ask for one fair thing that would help. Five: take the time you need. The last step is drawn with a dashed edge, because it can go on for days or weeks, and accepting an apology is not the same as trusting fully right away."
      caption="Listen, thank them, be honest, ask for one thing, and take the time you need."
      height={TOP * 2 + ROW * STEPS.length - 8}
    >
      <line
        x1={62}
        y1={TOP + 22}
        x2={62}
        y2={TOP + ROW * last + 22}
        className="stroke-accent"
        strokeWidth={2}
        strokeLinecap="round"
      />
      {STEPS.map((step, index) => {
        const y = TOP + ROW * index;
        const open = index === last;
        return (
          <g key={step}>
            <rect
              x={90}
              y={y}
              width={270}
              height={44}
              rx={10}
              className={open ? "fill-surface stroke-accent" : "fill-accent-soft stroke-accent"}
              strokeWidth={2}
              strokeDasharray={open ? "6 5" : undefined}
            />
            <circle cx={62} cy={y + 22} r={16} className="fill-accent stroke-accent" strokeWidth={2} />
            <text x={62} y={y + 28} textAnchor="middle" className="fill-accent-ink" fontSize={16} fontWeight={700}>
              {index + 1}
            </text>
            <text x={110} y={y + 28} className="fill-ink" fontSize={18} fontWeight={600}>
              {step}
            </text>
          </g>
        );
      })}
    </DiagramFrame>
  );
}
