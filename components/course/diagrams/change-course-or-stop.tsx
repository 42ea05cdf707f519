// Module 4: what to do when the repair talk goes badly. Three answers, from
// mild to serious, each with its own shape so the meaning never rests on
// color: keep going, change course, or stop and get support.
import { DiagramFrame } from "./diagram-frame";

const ROWS = [
  { label: "Keep going", note: "some pushback", y: 20, shape: "circle" },
  { label: "Change course", note: "stuck", y: 110, shape: "diamond" },
  { label: "Stop, get support", note: "threats, retaliation", y: 200, shape: "octagon" },
] as const;

function Shape({ shape, cx, cy }: { shape: (typeof ROWS)[number]["shape"]; cx: number; cy: number }) {
  const common = { className: "fill-accent-soft stroke-accent", strokeWidth: 2 };
  if (shape === "circle") return <circle cx={cx} cy={cy} r={20} {...common} />;
  if (shape === "diamond")
    return <path d={`M ${cx} ${cy - 22} L ${cx + 22} ${cy} L ${cx} ${cy + 22} L ${cx - 22} ${cy} Z`} {...common} />;
  const r = 22;
  const points = Array.from({ length: 8 }, (_, i) => {
    const a = Math.PI / 8 + (i * Math.PI) / 4;
    return `${(cx + r * Math.cos(a)).toFixed(1)},${(cy + r * Math.sin(a)).toFixed(1)}`;
  }).join(" ");
  return <polygon points={points} {...common} />;
}

export function ChangeCourseOrStop() {
  return (
    <DiagramFrame
      title="If it goes badly: keep going, change course, or stop"
      description="Three boxes, from mild to serious. First, a circle: keep going. Some pushback, doubt or a slow start is normal, so listen and give it time. Second, a diamond: change course. If the talk turns into an argument, the other person is not ready, or nothing has changed after a month, pause and try a different step. Third, an eight-sided stop sign: stop and get support. If there are threats, bullying, harassment or retaliation, do not go on alone; write down what happened and talk to HR, a manager you trust, or an employee assistance program."
      caption="Pushback is normal. Threats, bullying or retaliation mean stop and get support."
      height={290}
    >
      {ROWS.map((row, index) => (
        <g key={row.label}>
          <rect
            x={20}
            y={row.y}
            width={360}
            height={70}
            rx={10}
            className={index === 2 ? "fill-accent-soft stroke-accent" : "fill-none stroke-accent"}
            strokeWidth={2}
          />
          <Shape shape={row.shape} cx={62} cy={row.y + 35} />
          <text x={100} y={row.y + 31} className="fill-ink" fontSize={18} fontWeight={600}>
            {row.label}
          </text>
          <text x={100} y={row.y + 54} className="fill-ink-muted" fontSize={16}>
            {row.note}
          </text>
        </g>
      ))}
    </DiagramFrame>
  );
}
