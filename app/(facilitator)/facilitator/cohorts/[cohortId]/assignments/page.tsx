import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { requireRole } from "@/lib/auth/session";
import { listAssignments } from "@/lib/cohorts/assignments";
import { getCourse } from "@/lib/course/catalog";
import { dayIn } from "@/lib/time/calendar";
import { currentTime } from "@/lib/time/clock";
import { CohortHeader, cohortHref } from "../../../_components/cohort-header";
import { cohortOr404, cohortTitle } from "../../../_lib/load";
import { AssignForm } from "../_components/assign-form";
import { AssignmentList } from "../_components/assignment-list";
import { DUE_DAYS_MAX, DUE_DAYS_MIN } from "../schemas";

type Props = { params: Promise<{ cohortId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: await cohortTitle((await params).cohortId, "Assignments") };
}

export default async function CohortAssignmentsPage({ params }: Props) {
  const { cohortId } = await params;
  const facilitator = await requireRole("facilitator", cohortHref(cohortId, "/assignments"));
  const cohort = await cohortOr404(facilitator, cohortId);
  const assignments = await listAssignments(facilitator, cohortId);
  const assignedSlugs = new Set(assignments.map((a) => a.moduleSlug));
  const modules = getCourse().modules.map((m) => ({
    slug: m.slug,
    label: `Module ${m.number}: ${m.title}`,
    assigned: assignedSlugs.has(m.slug),
  }));
  return (
    <div className="flex flex-col gap-8">
      <CohortHeader cohort={cohort} section="assignments" title="Assignments" />
      <section aria-labelledby="assignments-heading" className="flex flex-col gap-4">
        <h2 id="assignments-heading" className="sr-only">
          Assigned modules
        </h2>
        <p className="m-0 text-ink-muted">
          Due dates end at midnight in the cohort&rsquo;s time zone, {cohort.timeZone}. You can change it in{" "}
          <Link href={cohortHref(cohort.id, "/settings")}>settings</Link>.
        </p>
        <AssignmentList
          cohortId={cohort.id}
          assignments={assignments}
          cohortZone={cohort.timeZone}
          readerZone={facilitator.timeZone}
        />
      </section>
      <section
        aria-labelledby="assign-heading"
        className="flex flex-col gap-3 rounded-lg border border-border bg-surface p-5"
      >
        <h2 id="assign-heading" className="m-0 text-xl font-semibold">
          Assign a module
        </h2>
        <AssignForm
          cohortId={cohort.id}
          modules={modules}
          today={dayIn(currentTime(), cohort.timeZone)}
          daysMin={DUE_DAYS_MIN}
          daysMax={DUE_DAYS_MAX}
        />
      </section>
    </div>
  );
}
