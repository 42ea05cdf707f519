// The moment at the end of a module: what the learner wrote in it, with links
// to each answer in their journal, and the next step.
import Link from "@/components/ui/link";
import { ButtonLink } from "@/components/ui/button";
import type { ModuleWrapUp as WrapUp } from "@/lib/progress/wrap-up";
import { journalPromptPath } from "@/lib/reflections/paths";

export function ModuleWrapUp({ wrapUp, nextModuleBelow }: { wrapUp: WrapUp; nextModuleBelow: number | null }) {
  return (
    <section
      aria-labelledby="module-finished"
      className="flex flex-col gap-4 rounded-lg border-l-4 border-success bg-success-soft p-5"
    >
      <h2 id="module-finished" className="m-0 text-xl font-semibold">
        You finished Module {wrapUp.moduleNumber}: {wrapUp.moduleTitle}
      </h2>
      {wrapUp.written.length > 0 ? (
        <div className="flex flex-col gap-2">
          <p className="m-0">What you wrote in this module, kept in your journal:</p>
          <ul className="m-0 flex flex-col gap-1 pl-6">
            {wrapUp.written.map((item) => (
              <li key={item.promptId}>
                <Link href={journalPromptPath(item.promptId)}>{item.prompt}</Link>{" "}
                <span className="text-sm text-ink-muted">
                  ({item.lessonTitle}
                  {item.answers > 1 ? `, ${item.answers} answers` : ""})
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="m-0">
          You read it through without writing. The questions wait in each lesson whenever you want to answer them.
        </p>
      )}
      {wrapUp.next && wrapUp.next.moduleNumber === nextModuleBelow ? (
        <p className="m-0">
          Next comes Module {wrapUp.next.moduleNumber}, &ldquo;{wrapUp.next.title}&rdquo;: the step just below takes you
          there.
        </p>
      ) : wrapUp.next ? (
        <div>
          <ButtonLink href={wrapUp.next.href}>
            Go on to Module {wrapUp.next.moduleNumber}: {wrapUp.next.title}
          </ButtonLink>
        </div>
      ) : (
        <div className="flex flex-col gap-3">
          <p className="m-0">
            That was the last module: you have worked through the whole course. Your repair plan and your certificate
            are ready, each to print on one page.
          </p>
          <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
            <ButtonLink href="/journal/summary">See your plan and certificate</ButtonLink>
            <Link href="/journal">Read everything you wrote</Link>
          </div>
        </div>
      )}
    </section>
  );
}
