import Link from "@/components/ui/link";
import { plural } from "../../_lib/format";
import type { CohortWeekRow } from "../_lib/guide";

/** The four weeks, one card each: what to assign, when it is due, the check-in and what else to do. */
export function CohortPlan({ weeks }: { weeks: CohortWeekRow[] }) {
  return (
    <ol className="m-0 flex list-none flex-col gap-3 p-0" aria-labelledby="cohort-plan-heading">
      {weeks.map((week) => (
        <li key={week.label} className="rounded-lg border border-border bg-surface p-4 break-inside-avoid sm:p-5">
          <h3 className="m-0 text-lg font-semibold">{week.label}</h3>
          <dl className="m-0 mt-2 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[9rem_1fr]">
            {week.module ? (
              <>
                <dt className="font-semibold">Assign</dt>
                <dd className="m-0">
                  <Link href={week.module.href}>
                    Module {week.module.number}: {week.module.title}
                  </Link>{" "}
                  <span className="text-ink-muted">
                    ({plural(week.module.lessons, "lesson")}, about {week.module.minutes} minutes)
                  </span>
                </dd>
              </>
            ) : null}
            {week.dueDay !== undefined ? (
              <>
                <dt className="font-semibold">Due</dt>
                <dd className="m-0">Day {week.dueDay} of the cohort</dd>
              </>
            ) : null}
            <dt className="font-semibold">Check-in</dt>
            <dd className="m-0">{week.checkIn}</dd>
            {week.alsoDo.length ? (
              <>
                <dt className="font-semibold">Also</dt>
                <dd className="m-0">
                  <ul className="m-0 list-disc pl-5">
                    {week.alsoDo.map((item) => (
                      <li key={item}>{item}</li>
                    ))}
                  </ul>
                </dd>
              </>
            ) : null}
          </dl>
        </li>
      ))}
    </ol>
  );
}
