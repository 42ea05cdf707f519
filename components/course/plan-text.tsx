// A planner's answer shown with its field labels as headings of a list: used
// where the journal and the printable plan show it. An answer that does not
// read as this planner's (labels changed since, say) shows as plain text.
import { planSections, type PlannerField } from "@/lib/reflections/planner-body";

export function PlanText({
  fields,
  body,
  className = "",
}: {
  fields: readonly PlannerField[];
  body: string;
  className?: string;
}) {
  const sections = planSections(fields, body);
  if (!sections) return <p className={`m-0 break-words whitespace-pre-wrap ${className}`.trim()}>{body}</p>;
  return (
    <dl className="m-0 flex flex-col gap-2" data-plan-text>
      {sections.map((section) => (
        <div key={section.id} className="flex flex-col">
          <dt className={`text-sm font-semibold text-ink-muted print:text-black ${className}`.trim()}>
            {section.label}
          </dt>
          <dd className={`m-0 break-words whitespace-pre-wrap ${className}`.trim()}>{section.text}</dd>
        </div>
      ))}
    </dl>
  );
}
