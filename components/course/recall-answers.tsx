import { getPrompts } from "@/lib/course/prompts";
import type { RecallAnswersProps } from "@/lib/course/schemas";
import { RecalledAnswers } from "./islands";
import type { RecalledQuestion } from "./recalled-answers";

/**
 * The learner's own latest answers to questions of earlier lessons, shown
 * again where they help (module 4's plan brings back module 3's words). The
 * questions are part of the static lesson; the island loads the answers.
 */
export function RecallAnswers({ title, answers }: RecallAnswersProps) {
  const prompts = getPrompts();
  const questions: RecalledQuestion[] = answers.flatMap((id) => {
    const prompt = prompts.get(id);
    return prompt
      ? [
          {
            promptId: id,
            prompt: prompt.prompt,
            lessonKey: prompt.lesson.key,
            lessonTitle: prompt.lesson.title,
            href: `${prompt.lesson.href}#reflection-${id}`,
          },
        ]
      : [];
  });
  const headingId = `recall-${answers.join("-")}`.slice(0, 80);
  return (
    <section
      aria-labelledby={headingId}
      className="recall-answers not-prose my-8 flex flex-col gap-3 rounded-lg border border-border bg-surface-muted p-5"
    >
      <h3 id={headingId} className="m-0 text-lg font-semibold">
        {title}
      </h3>
      <RecalledAnswers questions={questions} />
    </section>
  );
}
