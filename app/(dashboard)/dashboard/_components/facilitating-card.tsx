// On a facilitator's dashboard: the cohorts they run, a click away.
import Link from "@/components/ui/link";
import type { CohortSummary } from "@/lib/cohorts/cohorts";

export function FacilitatingCard({ cohorts }: { cohorts: CohortSummary[] }) {
  const active = cohorts.filter((c) => !c.archived);
  return (
    <section aria-labelledby="facilitating" className="flex flex-col gap-3">
      <h2 id="facilitating" className="m-0 text-xl font-semibold">
        Cohorts you facilitate
      </h2>
      {active.length === 0 ? (
        <p className="m-0">
          You don&rsquo;t run a cohort yet. <Link href="/facilitator">Create one</Link> to invite people and follow
          their progress.
        </p>
      ) : (
        <ul className="m-0 flex list-none flex-col gap-2 p-0">
          {active.map((cohort) => (
            <li key={cohort.id} className="rounded-lg border border-border bg-surface p-4">
              <Link href={`/facilitator/cohorts/${cohort.id}`} className="font-semibold">
                {cohort.name}
              </Link>
              <span className="text-sm text-ink-muted">
                {" "}
                · {cohort.learnerCount} {cohort.learnerCount === 1 ? "learner" : "learners"}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="m-0 text-sm">
        <Link href="/facilitator">All your cohorts</Link>
      </p>
    </section>
  );
}
