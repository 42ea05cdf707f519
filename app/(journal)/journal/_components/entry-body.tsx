import { PlanText } from "@/components/course/plan-text";
import { plannerFields } from "@/lib/course/prompts";

/**
 * A learner's words as plain text: line breaks kept, never read as HTML. An
 * answer to a planner question (`promptId`) shows its parts under their labels.
 */
export function EntryBody({ body, promptId, className = "" }: { body: string; promptId?: string; className?: string }) {
  const fields = promptId ? plannerFields(promptId) : null;
  if (fields) return <PlanText fields={fields} body={body} className={className} />;
  return <p className={`m-0 break-words whitespace-pre-wrap ${className}`.trim()}>{body}</p>;
}
