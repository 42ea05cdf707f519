import type { AssignmentView } from "@/lib/cohorts/assignments";
import { ActionButtonForm } from "../../../_components/action-button-form";
import { dueRuleText } from "../../../_lib/format";
import { removeAssignmentAction } from "../actions";

/** The modules assigned to the cohort, with their due rule and a remove button. */
export function AssignmentList({
  cohortId,
  assignments,
  cohortZone,
  readerZone,
}: {
  cohortId: string;
  assignments: AssignmentView[];
  cohortZone: string;
  readerZone: string | null | undefined;
}) {
  if (assignments.length === 0) {
    return (
      <p className="m-0 rounded-md border border-dashed border-border p-4">
        Nothing is assigned yet. Learners can still take any module at their own pace; assign one below to give it a due
        date and follow their progress.
      </p>
    );
  }
  return (
    <ul className="m-0 flex list-none flex-col gap-3 p-0" aria-label="Assigned modules">
      {assignments.map((assignment) => (
        <li
          key={assignment.id}
          className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-border p-4"
        >
          <div className="flex flex-col">
            <span className="font-semibold">
              Module {assignment.moduleNumber}: {assignment.moduleTitle}
            </span>
            <span className="text-ink-muted">{dueRuleText(assignment, cohortZone, readerZone)}</span>
          </div>
          <ActionButtonForm
            action={removeAssignmentAction}
            fields={{ cohortId, assignmentId: assignment.id }}
            label="Remove"
            pendingLabel="Removing…"
            srContext={`module ${assignment.moduleNumber} from this cohort`}
          />
        </li>
      ))}
    </ul>
  );
}
