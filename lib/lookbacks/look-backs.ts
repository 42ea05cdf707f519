import "server-only";
// Look-backs: a learner schedules a day to come back to one of their answers.
// On that day (in their zone) it is due: they read the answer again, answer
// the same prompt anew and say what has changed, and see the two side by
// side. Every query names the learner; another person's look-back, or one at
// another person's answer, looks exactly like one that doesn't exist.
// See docs/decisions/028-look-backs.md.
import { addMonths } from "date-fns";
import { randomUUID } from "node:crypto";
import type { SessionUser } from "../auth/session";
import { ENTRY_GONE_MESSAGE } from "../cohorts/visibility";
import { getPrompts } from "../course/prompts";
import { db } from "../db/client";
import { NotFoundError, RuleError } from "../errors/errors";
import { completeIfDone } from "../progress/progress";
import { saveReflection } from "../reflections/reflections";
import { addDays, dayAsUtcDate, dayIn, parseDay, startOfDayIn } from "../time/calendar";
import { formatDay } from "../time/format";
import { zoneOrUtc } from "../time/zones";
import { currentTime } from "../time/clock";

export const LOOK_BACK_MAX_YEARS = 2;
export const LOOK_BACK_GONE = "That look-back is no longer in your journal.";

/** When to look back: a number of weeks or months from today, or a day the learner picks. */
export type LookBackWhen = { weeks: number } | { months: number } | { day: string };

export type LookBackView = {
  id: string;
  day: string;
  dueAt: Date;
  due: boolean;
  doneAt: Date | null;
  answerId: string | null;
  changeNote: string | null;
  entry: { id: string; promptId: string; promptText: string; body: string; createdAt: Date; updatedAt: Date };
};

const SELECT = {
  id: true,
  day: true,
  dueAt: true,
  doneAt: true,
  answerId: true,
  changeNote: true,
  reflection: {
    select: { id: true, promptId: true, promptText: true, body: true, createdAt: true, updatedAt: true },
  },
} as const;

type Row = {
  id: string;
  day: string;
  dueAt: Date;
  doneAt: Date | null;
  answerId: string | null;
  changeNote: string | null;
  reflection: LookBackView["entry"];
};

function toView(row: Row, now: Date): LookBackView {
  const { reflection, ...rest } = row;
  return { ...rest, entry: reflection, due: row.dueAt.getTime() <= now.getTime() };
}

/** The day a choice names, checked: from tomorrow to two years ahead, in the learner's zone. */
export function lookBackDay(when: LookBackWhen, zone: string, now: Date): string {
  const today = dayIn(now, zone);
  let day: string;
  if ("weeks" in when) day = addDays(today, 7 * when.weeks);
  else if ("months" in when) day = dayIn(addMonths(dayAsUtcDate(today), when.months), "UTC");
  else day = when.day;
  const field = { field: "day" };
  if (!parseDay(day)) throw new RuleError("Pick a real date, like 2027-01-15.", field);
  if (day <= today) throw new RuleError("Pick a day after today: a look-back is for later.", field);
  const latest = dayIn(addMonths(dayAsUtcDate(today), 12 * LOOK_BACK_MAX_YEARS), "UTC");
  if (day > latest) {
    throw new RuleError(`Pick a day within ${LOOK_BACK_MAX_YEARS} years, by ${formatDay(latest)}.`, field);
  }
  return day;
}

/**
 * Schedules (or moves) the look-back at one of the learner's answers. One per
 * answer; a look-back already done starts again.
 */
export async function scheduleLookBack(
  learner: SessionUser,
  reflectionId: string,
  when: LookBackWhen,
  now = currentTime(),
): Promise<{ day: string }> {
  const entry = await db().reflection.findFirst({
    where: { id: reflectionId, userId: learner.id },
    select: { id: true },
  });
  if (!entry) throw new NotFoundError(ENTRY_GONE_MESSAGE);
  const zone = zoneOrUtc(learner.timeZone);
  const day = lookBackDay(when, zone, now);
  const dueAt = startOfDayIn(day, zone);
  const fresh = { day, dueAt, emailedAt: null, doneAt: null, answerId: null, changeNote: null };
  await db().lookBack.upsert({
    where: { reflectionId },
    create: { userId: learner.id, reflectionId, ...fresh },
    update: fresh,
  });
  // A day moved is a new day to be told of: the old notice goes.
  await db().notification.deleteMany({ where: { userId: learner.id, lookBack: { reflectionId } } });
  return { day };
}

export async function cancelLookBack(learner: SessionUser, reflectionId: string): Promise<void> {
  const { count } = await db().lookBack.deleteMany({ where: { reflectionId, userId: learner.id } });
  if (count === 0) throw new NotFoundError(LOOK_BACK_GONE);
}

/** The learner's look-backs: due now, still to come, and done (newest first). */
export async function myLookBacks(
  learner: SessionUser,
  now = currentTime(),
): Promise<{ due: LookBackView[]; upcoming: LookBackView[]; done: LookBackView[] }> {
  const rows = await db().lookBack.findMany({
    where: { userId: learner.id },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    select: SELECT,
  });
  const views = rows.map((row) => toView(row, now));
  return {
    due: views.filter((v) => v.due && !v.doneAt),
    upcoming: views.filter((v) => !v.due && !v.doneAt),
    done: views.filter((v) => v.doneAt).sort((a, b) => b.doneAt!.getTime() - a.doneAt!.getTime()),
  };
}

/** The look-backs at these answers of the learner, by answer id (for showing "Look back on …"). */
export async function lookBacksAt(learner: SessionUser, reflectionIds: string[]): Promise<Map<string, LookBackView>> {
  if (reflectionIds.length === 0) return new Map();
  const rows = await db().lookBack.findMany({
    where: { userId: learner.id, reflection: { id: { in: reflectionIds }, userId: learner.id } },
    select: SELECT,
  });
  const now = currentTime();
  return new Map(rows.map((row) => [row.reflection.id, toView(row, now)]));
}

export async function getLookBack(learner: SessionUser, id: string, now = currentTime()): Promise<LookBackView> {
  const row = await db().lookBack.findFirst({ where: { id, userId: learner.id }, select: SELECT });
  if (!row) throw new NotFoundError(LOOK_BACK_GONE);
  return toView(row, now);
}

/** The new answer written when looking back, if it is still there. */
export async function lookBackAnswer(learner: SessionUser, view: LookBackView) {
  if (!view.answerId) return null;
  return db().reflection.findFirst({
    where: { id: view.answerId, userId: learner.id },
    select: { id: true, body: true, createdAt: true, updatedAt: true },
  });
}

/**
 * Looking back: the prompt answered anew (a new dated entry of the same
 * prompt, with the course's wording) and what has changed, kept with the
 * look-back. Refused before its day.
 */
export async function completeLookBack(
  learner: SessionUser,
  id: string,
  input: { body: string; changeNote: string },
  now = currentTime(),
): Promise<void> {
  const view = await getLookBack(learner, id, now);
  if (!view.due) throw new RuleError(`This look-back opens on ${formatDay(view.day)}. Come back then.`);
  if (view.doneAt) throw new RuleError("You have already looked back at this answer. Schedule another to do it again.");
  const prompt = getPrompts().get(view.entry.promptId);
  const answerId = randomUUID();
  await saveReflection(
    learner,
    answerId,
    {
      promptId: view.entry.promptId,
      lessonKey: prompt?.lesson.key ?? "",
      promptText: prompt?.prompt ?? view.entry.promptText,
      body: input.body,
      baseVersion: 0,
    },
    now,
  );
  const { count } = await db().lookBack.updateMany({
    where: { id, userId: learner.id, doneAt: null },
    data: { doneAt: now, answerId, changeNote: input.changeNote },
  });
  if (count === 0) throw new RuleError("You have already looked back at this answer.");
  await db().notification.updateMany({
    where: { lookBackId: id, userId: learner.id, readAt: null },
    data: { readAt: now },
  });
  if (prompt) await completeIfDone(learner, prompt.lesson.key, now);
}
