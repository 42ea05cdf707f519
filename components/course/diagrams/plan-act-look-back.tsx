// Module 4: the repair plan as a loop. Plan, act, look back, and go round
// again with what you learned.
import { DiagramFrame } from "./diagram-frame";

const STEPS = [
  { label: "Plan", note: "your part, a first step", x: 200, y: 62 },
  { label: "Act", note: "take the step", x: 318, y: 228 },
  { label: "Look back", note: "what changed?", x: 82, y: 228 },
];

export function PlanActLookBack() {
  return (
    <DiagramFrame
      title="Plan, act, look back: a loop"
      description="Three steps in a circle. Plan: name your part and choose a first step. Act: take the step. Look back: notice what changed, in them and in you. An arrow leads from looking back to planning again, because repair usually takes more than one round."
      caption="Repair is a loop, not a single step: each look-back feeds the next plan."
      height={300}
    >
      <g className="fill-none stroke-accent" strokeWidth={2} strokeLinecap="round">
        <path d="M 258 86 A 120 120 0 0 1 316 176" markerEnd="url(#pal-arrow)" />
        <path d="M 262 262 A 120 120 0 0 1 138 262" markerEnd="url(#pal-arrow)" />
        <path d="M 84 176 A 120 120 0 0 1 142 86" markerEnd="url(#pal-arrow)" />
      </g>
      <defs>
        <marker id="pal-arrow" viewBox="0 0 10 10" refX="6" refY="5" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M 0 0 L 10 5 L 0 10 z" className="fill-accent" />
        </marker>
      </defs>
      {STEPS.map((step) => (
        <g key={step.label}>
          <rect
            x={step.x - 70}
            y={step.y - 30}
            width={140}
            height={60}
            rx={10}
            className="fill-accent-soft stroke-accent"
            strokeWidth={2}
          />
          <text x={step.x} y={step.y - 4} textAnchor="middle" className="fill-ink" fontSize={18} fontWeight={600}>
            {step.label}
          </text>
          <text x={step.x} y={step.y + 17} textAnchor="middle" className="fill-ink-muted" fontSize={14}>
            {step.note}
          </text>
        </g>
      ))}
    </DiagramFrame>
  );
}
