// Module 3: a repair has two halves. Naming what you did and its effect
// (acknowledge) and doing something concrete about it (remedy) together make
// a repair; either one alone falls short.
import { DiagramFrame } from "./diagram-frame";

const HALVES = [
  { label: "Acknowledge", note: "name it", x: 20 },
  { label: "Remedy", note: "make it right", x: 215 },
];

export function AcknowledgeAndRemedy() {
  return (
    <DiagramFrame
      title="Acknowledge plus remedy makes a repair"
      description="Two boxes side by side, joined by a plus sign. Acknowledge: name what you did and the effect it had. Remedy: do something concrete to make it right. Arrows lead from both boxes down to a third, filled box: Repair. Under it, a note: one alone falls short. Words with no action can sound empty, and action with no words can look like you hope nobody noticed."
      caption="An acknowledgement and a remedy together make a repair; either one alone falls short."
      height={280}
    >
      <defs>
        <marker id="ar-arrow" viewBox="0 0 10 10" refX="6" refY="5" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M 0 0 L 10 5 L 0 10 z" className="fill-accent" />
        </marker>
      </defs>
      {HALVES.map((half) => (
        <g key={half.label}>
          <rect
            x={half.x}
            y={20}
            width={165}
            height={72}
            rx={10}
            className="fill-accent-soft stroke-accent"
            strokeWidth={2}
          />
          <text x={half.x + 82.5} y={51} textAnchor="middle" className="fill-ink" fontSize={18} fontWeight={600}>
            {half.label}
          </text>
          <text x={half.x + 82.5} y={75} textAnchor="middle" className="fill-ink-muted" fontSize={16}>
            {half.note}
          </text>
        </g>
      ))}
      <text x={200} y={65} textAnchor="middle" className="fill-accent" fontSize={28} fontWeight={700}>
        +
      </text>
      <g className="fill-none stroke-accent" strokeWidth={2} strokeLinecap="round">
        <path d="M 102 94 C 102 130, 150 130, 168 146" markerEnd="url(#ar-arrow)" />
        <path d="M 298 94 C 298 130, 250 130, 232 146" markerEnd="url(#ar-arrow)" />
      </g>
      <rect x={120} y={152} width={160} height={56} rx={10} className="fill-accent stroke-accent" strokeWidth={2} />
      <text x={200} y={187} textAnchor="middle" className="fill-accent-ink" fontSize={20} fontWeight={700}>
        Repair
      </text>
      <line
        x1={60}
        y1={230}
        x2={340}
        y2={230}
        className="stroke-border"
        strokeWidth={2}
        strokeDasharray="6 6"
        strokeLinecap="round"
      />
      <text x={200} y={260} textAnchor="middle" className="fill-ink-muted" fontSize={16}>
        One alone falls short
      </text>
    </DiagramFrame>
  );
}
