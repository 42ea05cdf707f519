// A cohort for the demo accounts, so that a first look as the facilitator or
// a learner has something in it: Priya runs it, Leo and Mei are in it, two
// modules are assigned (one due on a date, one some days after joining), Leo
// has finished a lesson and Mei has shared one answer with the cohort,
// waiting for a reply.
// Made once: if the demo facilitator already has it, it is left exactly as
// they changed it while trying things out.
import { randomUUID } from "node:crypto";
import type { Db } from "../../lib/db/client";
import { getCourse } from "../../lib/course/catalog";
import { getPrompts } from "../../lib/course/prompts";
import { newInviteCode } from "../../lib/cohorts/invite-code";
import { addDays, dayIn } from "../../lib/time/calendar";
import { DEMO_ACCOUNTS } from "./demo-accounts";

export const DEMO_COHORT_NAME = "Demo: the support team";
const DEMO_COHORT_ZONE = "Europe/Berlin";
const DAY_MS = 24 * 60 * 60 * 1000;

const MEI_ANSWER =
  "At the planning meeting I took Jonas's part of the release and did it myself, without asking him. " +
  "I told myself I was saving time. From where he sat it must have looked as if I didn't trust him to finish it.\n\n" +
  "My part: I acted on a guess about how busy he was, and I never checked the guess with him.";

function demoEmail(role: "facilitator" | "learner", index = 0): string {
  const account = DEMO_ACCOUNTS.filter((a) => a.role === role)[index];
  if (!account) throw new Error(`No demo ${role} number ${index + 1}`);
  return account.email;
}

/** Creates the demo cohort unless the demo facilitator already has it. Needs the demo accounts. */
export async function seedDemoCohort(
  db: Db,
  now = new Date(),
): Promise<{ created: boolean; inviteCode: string | null }> {
  const byEmail = async (email: string) =>
    db.user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true } });
  const facilitator = await byEmail(demoEmail("facilitator"));
  const leo = await byEmail(demoEmail("learner", 0));
  const mei = await byEmail(demoEmail("learner", 1));

  const existing = await db.cohort.findFirst({
    where: { name: DEMO_COHORT_NAME, createdById: facilitator.id },
    select: { inviteCode: true },
  });
  if (existing) return { created: false, inviteCode: existing.inviteCode };

  const [firstModule, secondModule] = getCourse().modules;
  const prompt = getPrompts().get("whats-your-part");
  if (!firstModule || !secondModule || !prompt)
    throw new Error("The demo cohort needs two modules and 'whats-your-part'");
  const firstLesson = firstModule.lessons[0]!;
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const inviteCode = newInviteCode();

  await db.$transaction(async (tx) => {
    const cohort = await tx.cohort.create({
      data: {
        name: DEMO_COHORT_NAME,
        description:
          "A practice cohort with two demo learners, for trying things out: rename it, assign modules, " +
          "reply to Mei, archive it. Nothing in it is anyone's real work.",
        timeZone: DEMO_COHORT_ZONE,
        inviteCode,
        createdById: facilitator.id,
        createdAt: ago(4),
      },
      select: { id: true },
    });
    await tx.cohortFacilitator.create({ data: { cohortId: cohort.id, userId: facilitator.id, addedAt: ago(4) } });
    await tx.cohortMember.createMany({
      data: [
        { cohortId: cohort.id, userId: leo.id, joinedAt: ago(3) },
        { cohortId: cohort.id, userId: mei.id, joinedAt: ago(1) },
      ],
    });
    await tx.assignment.createMany({
      data: [
        { cohortId: cohort.id, moduleSlug: firstModule.slug, dueDate: addDays(dayIn(now, DEMO_COHORT_ZONE), 5) },
        { cohortId: cohort.id, moduleSlug: secondModule.slug, dueDaysAfterJoin: 14 },
      ],
    });
    await tx.lessonProgress.upsert({
      where: { userId_lessonKey: { userId: leo.id, lessonKey: firstLesson.key } },
      create: {
        userId: leo.id,
        lessonKey: firstLesson.key,
        firstVisitedAt: ago(3),
        lastVisitedAt: ago(2),
        completedAt: ago(2),
      },
      update: {},
    });
    const answeredAt = ago(1);
    const meiAnswerId = randomUUID();
    await tx.reflection.create({
      data: {
        id: meiAnswerId,
        userId: mei.id,
        promptId: prompt.id,
        lessonKey: prompt.lesson.key,
        promptText: prompt.prompt,
        body: MEI_ANSWER,
        createdAt: answeredAt,
        // Shared with this cohort (and only this one), so Priya can read it.
        shares: { create: { cohortId: cohort.id, sharedAt: answeredAt } },
      },
    });
    // Priya was told, as sharing in the app would have told her.
    await tx.notification.create({
      data: {
        userId: facilitator.id,
        kind: "shared",
        key: `shared:${meiAnswerId}:${cohort.id}:${facilitator.id}`,
        text: `${mei.name} shared an answer to “${prompt.prompt}” in ${DEMO_COHORT_NAME}.`,
        href: `/facilitator/cohorts/${cohort.id}/reflections`,
        createdAt: answeredAt,
        shareReflectionId: meiAnswerId,
        shareCohortId: cohort.id,
      },
    });
  });
  return { created: true, inviteCode };
}

/** One line for the console after set-up. */
export function describeDemoCohort(
  { created, inviteCode }: { created: boolean; inviteCode: string | null },
  appUrl: string,
): string {
  const invite = inviteCode ? `\n  Its invite link: ${new URL(`/join/${inviteCode}`, appUrl).href}` : "";
  return created
    ? `Demo cohort "${DEMO_COHORT_NAME}" created: run by ${demoEmail("facilitator")}, with both demo learners in it.${invite}`
    : `Demo cohort "${DEMO_COHORT_NAME}" is already there and was left as it is.${invite}`;
}
