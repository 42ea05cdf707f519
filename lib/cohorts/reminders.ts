import "server-only";
// Due-soon reminders: one in-app note and notification (and email, when SMTP
// is set and the learner wants it) per learner, assignment and due date. The
// unique reminderKey makes it safe to run from several instances or a cron
// job at once.
import { db } from "../db/client";
import { getCourse } from "../course/catalog";
import { isUniqueViolation } from "../db/unique";
import { notify } from "../notifications/notifications";
import { moduleStanding } from "./assignments";
import { dueText } from "../time/format";
import { dueFor } from "./due";
import { currentTime } from "../time/clock";

export async function sendDueSoonReminders(now = currentTime()): Promise<{ created: number; emailed: number }> {
  const course = getCourse();
  const memberships = await db().cohortMember.findMany({
    where: { cohort: { archivedAt: null, assignments: { some: {} } }, user: { disabledAt: null } },
    select: {
      joinedAt: true,
      userId: true,
      user: { select: { timeZone: true } },
      cohort: {
        select: {
          id: true,
          name: true,
          timeZone: true,
          assignments: { select: { id: true, moduleSlug: true, dueDate: true, dueDaysAfterJoin: true } },
        },
      },
    },
  });
  let created = 0;
  let emailed = 0;
  for (const member of memberships) {
    const progress = await db().lessonProgress.findMany({
      where: { userId: member.userId },
      select: { lessonKey: true, completedAt: true },
    });
    for (const assignment of member.cohort.assignments) {
      const due = dueFor(assignment, member.joinedAt, member.cohort.timeZone);
      const standing = moduleStanding(course, assignment.moduleSlug, progress, due?.at ?? null, now);
      if (standing.status !== "due-soon" || !due) continue;
      const courseModule = course.modules.find((m) => m.slug === assignment.moduleSlug);
      if (!courseModule) continue;
      const reminderKey = `due-soon:${assignment.id}:${member.userId}:${due.day}`;
      // The day in the cohort's terms, naming its zone when the learner lives in another.
      const when = dueText({
        day: due.day,
        cohortZone: member.cohort.timeZone,
        readerZone: member.user.timeZone,
        now,
      }).replace(/^Due /, "");
      const message = `Module ${courseModule.number}, “${courseModule.title}”, is due on ${when}. You have completed ${standing.completed} of ${standing.total} lessons.`;
      let nudgeId: string;
      try {
        ({ id: nudgeId } = await db().nudge.create({
          data: { cohortId: member.cohort.id, toUserId: member.userId, message, reminderKey },
          select: { id: true },
        }));
      } catch (error) {
        if (isUniqueViolation(error)) continue; // Already reminded (the key is unique).
        throw error;
      }
      created += 1;
      const sent = await notify({
        userId: member.userId,
        kind: "due_soon",
        key: reminderKey,
        text: message,
        href: `/learn/${courseModule.slug}`,
        about: { nudgeId },
        email: {
          subject: `Due soon: ${courseModule.title}`,
          text: (name) => `Hello ${name},\n\n${message}\n\n— It Takes Two (${member.cohort.name})`,
        },
      });
      if (sent.emailed) {
        await db().nudge.update({ where: { id: nudgeId }, data: { emailedAt: new Date() } });
        emailed += 1;
      }
    }
  }
  return { created, emailed };
}
