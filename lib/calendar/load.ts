import "server-only";
// What goes into a person's calendar, loaded for that person only: the
// modules due for them (through myAssignments, the dashboard's own list),
// their look-backs still to do, and the assignments of the cohorts they
// facilitate. Archived cohorts are left out, as on the dashboard. Only
// names, days and links are selected: no answer's text is ever read here.
import type { SessionUser } from "../auth/session";
import { dueFor } from "../cohorts/due";
import { myAssignments } from "../cohorts/assignments";
import { getCourse } from "../course/catalog";
import { getPrompts } from "../course/prompts";
import { db } from "../db/client";
import { lookBackPath } from "../lookbacks/path";
import { currentTime } from "../time/clock";
import { zoneOrUtc } from "../time/zones";
import { buildCalendar, type CalendarData, type FacilitatedCohort } from "./feed";

type Owner = SessionUser;

async function facilitating(owner: Owner): Promise<FacilitatedCohort[]> {
  const course = getCourse();
  const cohorts = await db().cohort.findMany({
    where: { archivedAt: null, facilitators: { some: { userId: owner.id } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      timeZone: true,
      assignments: { select: { id: true, moduleSlug: true, dueDate: true, dueDaysAfterJoin: true } },
      members: { select: { joinedAt: true } },
    },
  });
  return cohorts.map((cohort) => ({
    cohortId: cohort.id,
    cohortName: cohort.name,
    cohortTimeZone: zoneOrUtc(cohort.timeZone),
    href: `/facilitator/cohorts/${encodeURIComponent(cohort.id)}`,
    assignments: cohort.assignments.flatMap((assignment) => {
      const courseModule = course.modules.find((m) => m.slug === assignment.moduleSlug);
      if (!courseModule) return [];
      const learnerDays =
        assignment.dueDate === null
          ? cohort.members.flatMap((m) => dueFor(assignment, m.joinedAt, cohort.timeZone)?.day ?? [])
          : [];
      return [
        {
          assignmentId: assignment.id,
          moduleNumber: courseModule.number,
          moduleTitle: courseModule.title,
          dueDate: assignment.dueDate,
          learnerDays,
        },
      ];
    }),
  }));
}

/** Everything in the person's calendar, as plain data for ./feed.ts. */
export async function calendarDataFor(owner: Owner, origin: string, now = currentTime()): Promise<CalendarData> {
  const prompts = getPrompts();
  const [assignments, lookBacks, cohorts] = await Promise.all([
    myAssignments(owner, now),
    db().lookBack.findMany({
      where: { userId: owner.id, doneAt: null },
      orderBy: [{ dueAt: "asc" }, { id: "asc" }],
      select: { id: true, day: true, reflection: { select: { promptId: true } } },
    }),
    facilitating(owner),
  ]);
  return {
    userId: owner.id,
    timeZone: zoneOrUtc(owner.timeZone),
    origin,
    // What is still to do: a finished module leaves the calendar (and a
    // finished look-back too), so the feed says no more about progress than
    // "still due".
    assignments: assignments.flatMap((a) =>
      a.due && a.status !== "done"
        ? [
            {
              assignmentId: a.id,
              cohortName: a.cohortName,
              cohortTimeZone: a.cohortTimeZone,
              moduleNumber: a.moduleNumber,
              moduleTitle: a.moduleTitle,
              href: a.href,
              day: a.due.day,
            },
          ]
        : [],
    ),
    lookBacks: lookBacks.map((l) => ({
      id: l.id,
      day: l.day,
      question: prompts.get(l.reflection.promptId)?.prompt ?? null,
      href: lookBackPath(l.id),
    })),
    facilitating: cohorts,
  };
}

/** The person's calendar file, as of now. */
export async function calendarFor(owner: Owner, origin: string, now = currentTime()): Promise<string> {
  return buildCalendar(await calendarDataFor(owner, origin, now), now);
}
