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
import { myLookBacks, type LookBackView } from "../lookbacks/look-backs";
import { progressSummary } from "../progress/progress";
import type { ProgressSummary } from "../progress/summary";
import { currentTime } from "../time/clock";

export type Dashboard = {
  assignments: LearnerAssignment[];
  cohorts: MyCohort[];
  nudges: NudgeView[];
  newReplies: number;
  /** How many of the learner's answers are shared with each of their cohorts, by cohort id. */
  sharedCounts: Map<string, number>;
  progress: ProgressSummary;
  /** Look-backs whose day has come and that the learner has not done yet. */
  lookBacksDue: LookBackView[];
};

export async function dashboardFor(learner: SessionUser, now = currentTime()): Promise<Dashboard> {
  const [assignments, cohorts, nudges, newReplies, sharedCounts, progress, lookBacks] = await Promise.all([
    myAssignments(learner, now),
    myCohorts(learner),
    myNudges(learner),
    unreadReplyCount(learner),
    sharedCountsByCohort(learner),
    progressSummary(learner, getCourse()),
    myLookBacks(learner, now),
  ]);
  return { assignments, cohorts, nudges, newReplies, sharedCounts, progress, lookBacksDue: lookBacks.due };
}
