import { ColumnChart } from "@/components/charts/column-chart";
import { StackedBars } from "@/components/charts/stacked-bars";
import type { CohortProgress } from "@/lib/cohorts/progress";
import { formatDay, formatShortDay } from "@/lib/time/format";
import { plural } from "../../../_lib/format";

/** Where the cohort is in each module, and lessons completed each week: on the overview and the printable summary. */
export function CohortCharts({ progress, idPrefix }: { progress: CohortProgress; idPrefix: string }) {
  const firstWeek = progress.weekly[0]?.start;
  return (
    <div className="grid gap-4 md:grid-cols-2 print:grid-cols-2">
      <StackedBars
        id={`${idPrefix}-modules`}
        title="Each module, now"
        description={`How many of the ${plural(progress.learners.length, "learner")} have finished, started or not yet opened each module.`}
        series={[
          { name: "complete", tone: "solid" },
          { name: "in progress", tone: "striped" },
          { name: "not started", tone: "empty" },
        ]}
        rows={progress.modules.map((m) => ({
          label: `Module ${m.number}`,
          longLabel: `Module ${m.number}: ${m.title}`,
          values: [m.done, m.inProgress, m.notStarted],
        }))}
        tableCaption="Learners per module: complete, in progress, not started"
      />
      <ColumnChart
        id={`${idPrefix}-weekly`}
        title="Lessons completed each week"
        description={`Since the cohort began${firstWeek ? `, in weeks starting ${formatDay(firstWeek, false).split(",")[0]}s` : ""} (${progress.timeZone} time).`}
        valueName="Lessons completed"
        bars={progress.weekly.map((w) => ({
          label: `Week of ${formatDay(w.start)}`,
          shortLabel: formatShortDay(w.start),
          value: w.completions,
        }))}
        tableCaption="Lessons completed per week"
      />
    </div>
  );
}
