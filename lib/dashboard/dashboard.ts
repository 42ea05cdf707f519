import "server-only";
// Everything the learner's dashboard shows, gathered in one place (started
// together, awaited together). Each table is read once: the learner's
// memberships carry both their cohorts and what those cohorts assign, and one
// read of their progress gives both the course summary and where they stand in
// each assigned module (decision 067).
import type { SessionUser } from "../auth/session";
import { getCourse } from "../course/catalog";
import { assignmentsOf, type LearnerAssignment } from "../cohorts/assignments";
import { cohortsOf, myMemberships, type MyCohort } from "../cohorts/membership";
import { myNudges, type NudgeView } from "../cohorts/nudges";
import { unreadReplyCount } from "../cohorts/shared-reflections";
import { sharedCountsByCohort } from "../cohorts/sharing";
import { myLookBacks, type LookBackView } from "../lookbacks/look-backs";
import { progressRows } from "../progress/progress";
import { summarize, type ProgressSummary } from "../progress/summary";
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
  const course = getCourse();
  const [memberships, progress, nudges, newReplies, sharedCounts, lookBacks] = await Promise.all([
    myMemberships(learner),
    progressRows(learner),
    myNudges(learner),
    unreadReplyCount(learner),
    sharedCountsByCohort(learner),
    myLookBacks(learner, now),
  ]);
  return {
    assignments: assignmentsOf(course, memberships, progress, now),
    cohorts: cohortsOf(memberships),
    nudges,
    newReplies,
    sharedCounts,
    progress: summarize(course, progress),
    lookBacksDue: lookBacks.due,
  };
}
