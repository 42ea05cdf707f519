import "server-only";
// Everything the learner's dashboard shows, gathered in one place (started
// together, awaited together).
import type { SessionUser } from "../auth/session";
import { getCourse } from "../course/catalog";
import { myAssignments, type LearnerAssignment } from "../cohorts/assignments";
import { myCohorts, type MyCohort } from "../cohorts/membership";
import { myNudges, type NudgeView } from "../cohorts/nudges";
import { unreadReplyCount } from "../cohorts/shared-reflections";
import { sharedCountsByCohort } from "../cohorts/sharing";
import { progressSummary } from "../progress/progress";
import type { ProgressSummary } from "../progress/summary";

export type Dashboard = {
  assignments: LearnerAssignment[];
  cohorts: MyCohort[];
  nudges: NudgeView[];
  newReplies: number;
  /** How many of the learner's answers are shared with each of their cohorts, by cohort id. */
  sharedCounts: Map<string, number>;
  progress: ProgressSummary;
};

export async function dashboardFor(learner: SessionUser, now = new Date()): Promise<Dashboard> {
  const [assignments, cohorts, nudges, newReplies, sharedCounts, progress] = await Promise.all([
    myAssignments(learner, now),
    myCohorts(learner),
    myNudges(learner),
    unreadReplyCount(learner),
    sharedCountsByCohort(learner),
    progressSummary(learner, getCourse()),
  ]);
  return { assignments, cohorts, nudges, newReplies, sharedCounts, progress };
}
