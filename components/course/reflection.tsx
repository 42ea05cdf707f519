import type { ReflectionProps } from "@/lib/course/schemas";
import { ReflectionEditor } from "./reflection-editor";

/**
 * A prompt the learner answers in writing. The prompt is part of the static
 * lesson HTML; the editor is an island that loads and saves the learner's own
 * answer.
 */
export function Reflection({ id, prompt, hint }: ReflectionProps) {
  const headingId = `reflection-${id}`;
  return (
    <section aria-labelledby={headingId} className="reflection my-10 rounded-lg border-2 border-accent bg-surface p-5">
      <p className="mb-1 text-sm font-semibold tracking-wide text-accent uppercase">Reflection</p>
      <h2 id={headingId} className="m-0 text-xl font-semibold">
        {prompt}
      </h2>
      {hint ? <p className="mt-2 mb-0 text-ink-muted">{hint}</p> : null}
      <ReflectionEditor promptId={id} prompt={prompt} labelledBy={headingId} />
    </section>
  );
}
