// Module 2: the blame story sees only the other person's part; the wider
// picture holds both people's parts and the situation around them.
import { DiagramFrame } from "./diagram-frame";

function Part({ x, y, first, accent }: { x: number; y: number; first: string; accent?: boolean }) {
  return (
    <g>
      <circle
        cx={x}
        cy={y}
        r={40}
        className={accent ? "fill-accent-soft stroke-accent" : "fill-surface-muted stroke-ink-muted"}
        strokeWidth={2}
      />
      <text x={x} y={y - 3} textAnchor="middle" className="fill-ink" fontSize={16} fontWeight={600}>
        {first}
      </text>
      <text x={x} y={y + 16} textAnchor="middle" className="fill-ink" fontSize={16} fontWeight={600}>
        part
      </text>
    </g>
  );
}

export function BlameStoryWiderPicture() {
  return (
    <DiagramFrame
      title="The blame story and the wider picture"
      description="Two frames side by side. The first, the blame story, is a narrow frame with only one thing in it: their part. The second, the wider picture, is a larger frame that holds their part and your part side by side, with the situation around both of them, such as deadlines, rules and pressure. The wider picture is the one that gives you something to act on."
      caption="The blame story sees only their part. The wider picture holds both parts and the situation."
      height={250}
    >
      <text x={96} y={32} textAnchor="middle" className="fill-ink" fontSize={18} fontWeight={600}>
        Blame story
      </text>
      <rect
        x={36}
        y={48}
        width={120}
        height={180}
        rx={10}
        className="fill-none stroke-ink-muted"
        strokeWidth={2}
        strokeDasharray="6 6"
      />
      <Part x={96} y={138} first="Their" />

      <text x={290} y={32} textAnchor="middle" className="fill-ink" fontSize={18} fontWeight={600}>
        Wider picture
      </text>
      <rect x={188} y={48} width={204} height={180} rx={10} className="fill-none stroke-accent" strokeWidth={2} />
      <text x={290} y={76} textAnchor="middle" className="fill-ink-muted" fontSize={16}>
        the situation
      </text>
      <Part x={242} y={150} first="Their" />
      <Part x={338} y={150} first="Your" accent />
    </DiagramFrame>
  );
}
