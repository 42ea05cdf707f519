// The cohort overview's rules, pure: each learner's state in every lesson and
// assigned module, who needs attention and why, the order the facilitator
// asked for, and the numbers the charts draw. lib/cohorts/progress.ts loads
// the rows (and checks who is asking); the pages only render what this returns.
import type { Course } from "../course/catalog";
import type { AssignmentView } from "./assignments";
import { addDays, dayIn, startOfDayIn } from "../time/calendar";
import { assignmentStatus, dueFor, type AssignmentStatus, type DueDay } from "./due";

const DAY_MS = 24 * 60 * 60 * 1000;
/** No activity for this many days counts as needing attention. */
export const QUIET_DAYS = 14;
/** The completions chart shows at most this many weeks, the latest ones. */
export const WEEKS_SHOWN = 26;

export type LessonState = "not-started" | "in-progress" | "done" | "overdue";
export const LESSON_STATE_LABELS: Record<LessonState, string> = {
  "not-started": "Not started",
  "in-progress": "In progress",
  done: "Complete",
  overdue: "Overdue",
};

export type GridLesson = {
  key: string;
  title: string;
  href: string;
  moduleSlug: string;
  moduleNumber: number;
  moduleTitle: string;
  /** Its place in its module: lesson 2.3 is number 3 of module 2. */
  number: number;
};
export type LessonCell = { key: string; state: LessonState; completedAt: Date | null };
export type ProgressCell = {
  assignmentId: string;
  completed: number;
  total: number;
  percent: number;
  status: AssignmentStatus;
  /** The learner's due day, in the cohort's zone. */
  due: DueDay | null;
};
export type Attention = { kind: "overdue" | "late-start" | "quiet"; text: string };
export type LearnerRow = {
  userId: string;
  name: string;
  email: string;
  joinedAt: Date;
  lastActivity: Date | null;
  /** One per assigned module, in course order. */
  cells: ProgressCell[];
  /** One per lesson of the course, in course order. */
  lessons: LessonCell[];
  lessonsDone: number;
  /** Why this learner needs attention; empty when they don't. */
  attention: Attention[];
};
export type ModuleState = {
  slug: string;
  number: number;
  title: string;
  notStarted: number;
  inProgress: number;
  done: number;
};
export type WeekCount = { start: string; completions: number };
export type CohortGrid = {
  /** The cohort's zone: due days and weeks are counted in it. */
  timeZone: string;
  assignments: AssignmentView[];
  lessons: GridLesson[];
  learners: LearnerRow[];
  /** Share of learners who finished each assigned module. */
  completion: { assignmentId: string; done: number; of: number; percent: number }[];
  /** Where the cohort is now in each module of the course. */
  modules: ModuleState[];
  /** Lessons completed by the cohort's learners each week since it began (the latest WEEKS_SHOWN). */
  weekly: WeekCount[];
};

export type LessonRow = { userId: string; lessonKey: string; completedAt: Date | null; lastVisitedAt: Date };
export type Member = { id: string; name: string; email: string; joinedAt: Date };

export function buildGrid(input: {
  course: Course;
  timeZone: string;
  cohortCreatedAt: Date;
  assignments: AssignmentView[];
  members: Member[];
  progress: LessonRow[];
  now: Date;
}): CohortGrid {
  const { course, timeZone, assignments, now } = input;
  const lessons: GridLesson[] = course.modules.flatMap((m) =>
    m.lessons.map((l, index) => ({
      key: l.key,
      title: l.title,
      href: l.href,
      moduleSlug: m.slug,
      moduleNumber: m.number,
      moduleTitle: m.title,
      number: index + 1,
    })),
  );
  const byUser = new Map<string, Map<string, LessonRow>>();
  for (const row of input.progress) {
    let mine = byUser.get(row.userId);
    if (!mine) {
      mine = new Map<string, LessonRow>();
      byUser.set(row.userId, mine);
    }
    mine.set(row.lessonKey, row);
  }
  // A fixed due date is the same for everyone, and "N days after joining"
  // has one answer per day joined: worked out once each, not per learner.
  const dues = new Map<string, DueDay | null>();
  const dueOf = (assignment: AssignmentView, joinedAt: Date): DueDay | null => {
    const key = assignment.dueDate ? `${assignment.id}` : `${assignment.id}|${dayIn(joinedAt, timeZone)}`;
    if (!dues.has(key)) dues.set(key, dueFor(assignment, joinedAt, timeZone));
    return dues.get(key) ?? null;
  };

  const learners: LearnerRow[] = input.members.map((member) => {
    const mine = byUser.get(member.id) ?? new Map<string, LessonRow>();
    let lastActivity: Date | null = null;
    for (const row of mine.values())
      if (!lastActivity || row.lastVisitedAt > lastActivity) lastActivity = row.lastVisitedAt;

    const dueBySlug = new Map<string, DueDay | null>();
    const cells: ProgressCell[] = assignments.map((assignment) => {
      const due = dueOf(assignment, member.joinedAt);
      dueBySlug.set(assignment.moduleSlug, due);
      const moduleLessons = course.modules.find((m) => m.slug === assignment.moduleSlug)?.lessons ?? [];
      const completed = moduleLessons.filter((l) => mine.get(l.key)?.completedAt).length;
      const visited = moduleLessons.filter((l) => mine.has(l.key)).length;
      const total = moduleLessons.length;
      return {
        assignmentId: assignment.id,
        completed,
        total,
        percent: total ? Math.round((completed / total) * 100) : 0,
        status: assignmentStatus(completed, visited, total, due?.at ?? null, now),
        due,
      };
    });

    const lessonCells: LessonCell[] = lessons.map((lesson) => {
      const row = mine.get(lesson.key);
      if (row?.completedAt) return { key: lesson.key, state: "done", completedAt: row.completedAt };
      const due = dueBySlug.get(lesson.moduleSlug);
      if (due && due.at.getTime() < now.getTime()) return { key: lesson.key, state: "overdue", completedAt: null };
      return { key: lesson.key, state: row ? "in-progress" : "not-started", completedAt: null };
    });
    const lessonsDone = lessonCells.filter((c) => c.state === "done").length;

    const attention: Attention[] = [];
    cells.forEach((cell, index) => {
      const assignment = assignments[index];
      if (!assignment) return;
      if (cell.status === "overdue")
        attention.push({ kind: "overdue", text: `Overdue: module ${assignment.moduleNumber}` });
      else if (
        cell.status === "due-soon" &&
        cell.completed === 0 &&
        !moduleVisited(course, assignment.moduleSlug, mine)
      )
        attention.push({ kind: "late-start", text: `Due soon, not started: module ${assignment.moduleNumber}` });
    });
    const unfinished = assignments.length
      ? cells.some((c) => c.status !== "done")
      : lessonCells.some((c) => c.state !== "done");
    const since = lastActivity ?? member.joinedAt;
    const quietDays = Math.floor((now.getTime() - since.getTime()) / DAY_MS);
    if (unfinished && quietDays >= QUIET_DAYS) {
      attention.push({
        kind: "quiet",
        text: lastActivity ? `No activity for ${quietDays} days` : `No activity since joining ${quietDays} days ago`,
      });
    }
    return {
      userId: member.id,
      name: member.name,
      email: member.email,
      joinedAt: member.joinedAt,
      lastActivity,
      cells,
      lessons: lessonCells,
      lessonsDone,
      attention,
    };
  });

  const completion = assignments.map((assignment, index) => {
    const done = learners.filter((l) => l.cells[index]?.status === "done").length;
    return {
      assignmentId: assignment.id,
      done,
      of: learners.length,
      percent: learners.length ? Math.round((done / learners.length) * 100) : 0,
    };
  });

  const modules: ModuleState[] = course.modules.map((m) => {
    const state = { slug: m.slug, number: m.number, title: m.title, notStarted: 0, inProgress: 0, done: 0 };
    const first = lessons.findIndex((l) => l.moduleSlug === m.slug);
    for (const learner of learners) {
      const own = learner.lessons.slice(first, first + m.lessons.length);
      if (own.length > 0 && own.every((c) => c.state === "done")) state.done += 1;
      else if (
        own.some((c) => c.state === "done" || c.state === "in-progress") ||
        moduleVisited(course, m.slug, byUser.get(learner.userId))
      )
        state.inProgress += 1;
      else state.notStarted += 1;
    }
    return state;
  });

  return { timeZone, assignments, lessons, learners, completion, modules, weekly: weeklyCompletions(input) };
}

function moduleVisited(course: Course, slug: string, mine: Map<string, LessonRow> | undefined): boolean {
  if (!mine) return false;
  return (course.modules.find((m) => m.slug === slug)?.lessons ?? []).some((l) => mine.has(l.key));
}

/** Lessons completed per week, weeks starting on the day the cohort was created (in its zone). */
function weeklyCompletions(input: {
  timeZone: string;
  cohortCreatedAt: Date;
  members: Member[];
  progress: LessonRow[];
  now: Date;
}): WeekCount[] {
  const firstDay = dayIn(input.cohortCreatedAt, input.timeZone);
  const start = startOfDayIn(firstDay, input.timeZone).getTime();
  const weeks = Math.max(1, Math.floor((input.now.getTime() - start) / (7 * DAY_MS)) + 1);
  // Where each week begins (the first moment of its first day in the zone,
  // so a week is whole days there even across a clock change), and one more
  // for where the last ends; each completion is found among them.
  const bounds = Array.from({ length: weeks + 1 }, (_, i) =>
    startOfDayIn(addDays(firstDay, i * 7), input.timeZone).getTime(),
  );
  const counts = new Array<number>(weeks).fill(0);
  const members = new Set(input.members.map((m) => m.id));
  for (const row of input.progress) {
    if (!row.completedAt || !members.has(row.userId)) continue;
    const at = row.completedAt.getTime();
    if (at < bounds[0]! || at >= bounds[weeks]!) continue;
    let low = 0;
    let high = weeks - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (bounds[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    counts[low] = (counts[low] ?? 0) + 1;
  }
  const all = counts.map((completions, i) => ({ start: addDays(firstDay, i * 7), completions }));
  return all.slice(-WEEKS_SHOWN);
}

export type SortKey = "name" | "progress" | "activity";
export const SORT_LABELS: Record<SortKey, string> = {
  name: "Name",
  progress: "Progress, least first",
  activity: "Last activity, longest ago first",
};

/** The learners in the order asked for, optionally only those who need attention. */
export function arrangeLearners(learners: LearnerRow[], sort: SortKey, attentionOnly: boolean): LearnerRow[] {
  const shown = attentionOnly ? learners.filter((l) => l.attention.length > 0) : [...learners];
  const byName = (a: LearnerRow, b: LearnerRow) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId);
  if (sort === "progress") return shown.sort((a, b) => a.lessonsDone - b.lessonsDone || byName(a, b));
  if (sort === "activity")
    return shown.sort(
      (a, b) => (a.lastActivity?.getTime() ?? -Infinity) - (b.lastActivity?.getTime() ?? -Infinity) || byName(a, b),
    );
  return shown.sort(byName);
}

/** How many learners have an overdue module, and how many need attention for any reason. */
export function attentionCounts(grid: Pick<CohortGrid, "learners">): { overdue: number; attention: number } {
  return {
    overdue: grid.learners.filter((l) => l.attention.some((a) => a.kind === "overdue")).length,
    attention: grid.learners.filter((l) => l.attention.length > 0).length,
  };
}
