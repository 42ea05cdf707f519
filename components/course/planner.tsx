import type { PlannerProps } from "@/lib/course/schemas";
import { ReflectionEditor } from "./reflection-editor";

/**
 * A structured reflection: one answer written in several labeled fields and
 * kept as one journal entry (docs/decisions/037-conversation-planner.md). The
 * prompt is part of the static lesson HTML; the editor is the reflection
 * editor's island, with a text area per field.
 */
export function Planner({ id, prompt, hint, fields }: PlannerProps) {
  const headingId = `reflection-${id}`;
  return (
    <section
      aria-labelledby={headingId}
      className="reflection planner my-10 rounded-lg border-2 border-accent bg-surface p-5"
      data-planner={id}
    >
      <p className="mb-1 text-sm font-semibold tracking-wide text-accent uppercase">Planner</p>
      <h2 id={headingId} className="m-0 text-xl font-semibold">
        {prompt}
      </h2>
      {hint ? <p className="mt-2 mb-0 text-ink-muted">{hint}</p> : null}
      <ReflectionEditor promptId={id} prompt={prompt} labelledBy={headingId} fields={fields} />
    </section>
  );
}
