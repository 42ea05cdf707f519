// The learner's repair plan as one printable page: their latest answer to
// each question of the last module, in course order, and the look-back day.
// The conversation planner's answer shows its parts under their labels.
import Link from "@/components/ui/link";
import { PlanText } from "@/components/course/plan-text";
import { plannerFields } from "@/lib/course/prompts";
import type { CourseSummary } from "@/lib/progress/course-summary";
import { formatDate, formatDay } from "@/lib/time/format";

/** Past this many characters of answers, a printed plan may not fit on one page. */
export const PLAN_ONE_PAGE_CHARS = 4000;

export function RepairPlan({
  name,
  plan,
  zone,
  printedOn,
}: {
  name: string;
  plan: CourseSummary["plan"];
  zone: string | null | undefined;
  printedOn: Date;
}) {
  return (
    <article
      aria-labelledby="plan-title"
      className="flex flex-col gap-4 rounded-lg border border-border bg-surface p-5 sm:p-8 print:gap-2 print:border-0 print:bg-white print:p-0 print:text-black"
    >
      <header className="flex flex-col gap-1 border-b border-border pb-3 print:border-black print:pb-2">
        <p className="m-0 text-sm font-semibold tracking-wide text-accent uppercase print:text-black">
          It Takes Two · Module {plan.moduleNumber}: {plan.moduleTitle}
        </p>
        <h2 id="plan-title" className="m-0 text-2xl font-semibold break-words print:text-xl">
          {name}&rsquo;s repair plan
        </h2>
        <p className="m-0 text-ink-muted print:text-black">
          <span className="font-semibold text-ink print:text-black">Look back on: </span>
          {plan.lookBackDay ? formatDay(plan.lookBackDay) : "no day set yet"}
        </p>
      </header>
      <dl className="m-0 flex flex-col gap-4 print:gap-2">
        {plan.items.map((item) => {
          const fields = plannerFields(item.promptId);
          return (
            <div key={item.promptId} className="plan-item flex flex-col gap-1 print:gap-0">
              <dt className="font-semibold print:text-[10pt] print:leading-snug">{item.prompt}</dt>
              <dd className="m-0">
                {item.answer && fields ? (
                  <PlanText fields={fields} body={item.answer.body} className="print:text-[10pt] print:leading-snug" />
                ) : item.answer ? (
                  <p className="m-0 break-words whitespace-pre-wrap print:text-[10pt] print:leading-snug">
                    {item.answer.body}
                  </p>
                ) : (
                  <p className="m-0 text-ink-muted italic print:text-[10pt] print:text-black">
                    Not written yet.{" "}
                    <Link href={`${item.lessonHref}#reflection-${item.promptId}`} className="no-print not-italic">
                      Answer it in &ldquo;{item.lessonTitle}&rdquo;
                    </Link>
                  </p>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      <p className="m-0 border-t border-border pt-3 text-sm text-ink-muted print:border-black print:pt-2 print:text-[9pt] print:text-black">
        Your own words, from your journal. Printed on {formatDate(printedOn, zone)}. Private unless you share it.
      </p>
    </article>
  );
}
