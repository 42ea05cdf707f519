import {
  personRateLimitKeys,
  signInAccountAddressKey,
  signInAccountKey,
  signInKnownAddressKey,
} from "../auth/rate-limit-keys";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/sqlite/client";
import type { SessionUser } from "../auth/session";
import { deleteAccount } from "./delete-account";

type Person = SessionUser & { reflectionIds: string[] };

let counter = 0;

/** A person with a row in every table that can refer to one. */
async function person(name: string): Promise<Person> {
  counter += 1;
  const id = randomUUID();
  const email = `${name}-${counter}@example.org`;
  await db().user.create({ data: { id, name, email } });
  await db().session.create({
    data: { id: randomUUID(), token: randomUUID(), userId: id, expiresAt: new Date(Date.now() + 60_000) },
  });
  await db().account.create({
    data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: "hash" },
  });
  await db().verification.create({
    data: {
      id: randomUUID(),
      identifier: `reset-password:${randomUUID()}`,
      value: id,
      expiresAt: new Date(Date.now() + 60_000),
    },
  });
  const accountKey = signInAccountKey(email);
  await db().signInGuard.createMany({
    data: [
      { key: accountKey, accountKey, failures: 2, lastFailureAt: new Date() },
      { key: signInAccountAddressKey(email, "198.51.100.4"), accountKey, failures: 2, lastFailureAt: new Date() },
      { key: signInKnownAddressKey(email, "192.0.2.10"), accountKey, lastSuccessAt: new Date() },
    ],
  });
  // Every counter that can name a person: sign-in and reset emails by address,
  // wrong current passwords and email changes by id.
  for (const key of personRateLimitKeys({ id, email })) {
    await db().rateLimit.create({ data: { key, count: 2, windowStart: new Date() } });
  }
  await db().lessonProgress.create({ data: { userId: id, lessonKey: "check-yourself-first/whats-your-part" } });
  await db().checkChoice.createMany({
    data: [
      {
        userId: id,
        lessonKey: "check-yourself-first/whats-your-part",
        itemId: "purpose-of-the-question",
        kind: "check",
        tried: "0,2",
        finish: "found",
      },
      {
        userId: id,
        lessonKey: "trust-is-fragile/how-trust-breaks",
        itemId: "schedule-change",
        kind: "scenario",
        chosen: 2,
      },
    ],
  });
  await db().emailOptOut.create({ data: { userId: id, kind: "nudge" } });
  await db().calendarFeed.create({ data: { userId: id, tokenHash: `hash-of-${id}` } });
  const reflectionIds: string[] = [];
  for (const body of ["First answer", "Second answer"]) {
    const reflectionId = randomUUID();
    reflectionIds.push(reflectionId);
    await db().reflection.create({
      data: {
        id: reflectionId,
        userId: id,
        promptId: "whats-your-part",
        lessonKey: "check-yourself-first/whats-your-part",
        promptText: "What's your part?",
        body,
      },
    });
    await db().reflectionRevision.create({
      data: { reflectionId, version: 1, body: `${body}, earlier`, savedAt: new Date() },
    });
    await db().lookBack.create({
      data: { userId: id, reflectionId, day: "2027-01-15", dueAt: new Date("2027-01-15T00:00:00Z"), changeNote: body },
    });
  }
  return { id, name, email, role: "learner", reflectionIds };
}

/**
 * How many rows of each model still refer to a person. Keyed by every model
 * in the schema, so adding a model fails type-checking here until someone
 * says how it relates to a person (and makes deleteAccount clear it).
 */
const remaining: Record<Prisma.ModelName, (p: Person) => Promise<number>> = {
  User: (p) => db().user.count({ where: { OR: [{ id: p.id }, { email: p.email }] } }),
  Session: (p) => db().session.count({ where: { userId: p.id } }),
  Account: (p) => db().account.count({ where: { OR: [{ userId: p.id }, { accountId: p.id }] } }),
  Verification: (p) =>
    db().verification.count({ where: { OR: [{ value: { contains: p.id } }, { identifier: { contains: p.email } }] } }),
  RateLimit: (p) => db().rateLimit.count({ where: { key: { in: personRateLimitKeys(p) } } }),
  SignInGuard: (p) => db().signInGuard.count({ where: { accountKey: signInAccountKey(p.email) } }),
  LessonProgress: (p) => db().lessonProgress.count({ where: { userId: p.id } }),
  CheckChoice: (p) => db().checkChoice.count({ where: { userId: p.id } }),
  Reflection: (p) => db().reflection.count({ where: { OR: [{ userId: p.id }, { id: { in: p.reflectionIds } }] } }),
  ReflectionRevision: (p) => db().reflectionRevision.count({ where: { reflectionId: { in: p.reflectionIds } } }),
  ReflectionShare: (p) => db().reflectionShare.count({ where: { reflectionId: { in: p.reflectionIds } } }),
  Cohort: (p) => db().cohort.count({ where: { createdById: p.id } }),
  CohortFacilitator: (p) => db().cohortFacilitator.count({ where: { userId: p.id } }),
  CohortMember: (p) => db().cohortMember.count({ where: { userId: p.id } }),
  // Belongs to a cohort; no column names a person.
  Assignment: () => Promise.resolve(0),
  ReflectionReply: (p) =>
    db().reflectionReply.count({ where: { OR: [{ authorId: p.id }, { reflectionId: { in: p.reflectionIds } }] } }),
  Nudge: (p) => db().nudge.count({ where: { OR: [{ toUserId: p.id }, { fromUserId: p.id }] } }),
  LookBack: (p) =>
    db().lookBack.count({ where: { OR: [{ userId: p.id }, { reflectionId: { in: p.reflectionIds } }] } }),
  // Theirs, and others' that name them (someone told they shared or replied).
  Notification: (p) =>
    db().notification.count({
      where: { OR: [{ userId: p.id }, { shareReflectionId: { in: p.reflectionIds } }, { text: { contains: p.name } }] },
    }),
  EmailOptOut: (p) => db().emailOptOut.count({ where: { userId: p.id } }),
  CalendarFeed: (p) => db().calendarFeed.count({ where: { userId: p.id } }),
  Invitation: (p) => db().invitation.count({ where: { OR: [{ invitedById: p.id }, { acceptedById: p.id }] } }),
  // Operations records (backups, job claims, running instances): no column names a person.
  BackupRun: () => Promise.resolve(0),
  JobClaim: () => Promise.resolve(0),
  InstanceHeartbeat: () => Promise.resolve(0),
};

async function rowsOf(p: Person): Promise<Record<string, number>> {
  const entries = await Promise.all(
    Object.entries(remaining).map(async ([model, count]) => [model, await count(p)] as const),
  );
  return Object.fromEntries(entries);
}

describe("deleting an account", () => {
  it("leaves no row of any table referring to the person, and everyone else's rows as they were", async () => {
    const ana = await person("ana");
    const ben = await person("ben");
    const cy = await person("cy");

    // Ties between them: a cohort Ana created, with Ben facilitating and Ana
    // and Cy as members; replies both ways; reminders both ways.
    const cohort = await db().cohort.create({ data: { name: "Team North", createdById: ana.id } });
    await db().cohortFacilitator.create({ data: { cohortId: cohort.id, userId: ben.id } });
    await db().cohortFacilitator.create({ data: { cohortId: cohort.id, userId: ana.id } });
    await db().cohortMember.create({ data: { cohortId: cohort.id, userId: ana.id } });
    await db().cohortMember.create({ data: { cohortId: cohort.id, userId: cy.id } });
    await db().assignment.create({
      data: { cohortId: cohort.id, moduleSlug: "check-yourself-first", dueDaysAfterJoin: 7 },
    });
    await db().reflectionShare.create({ data: { reflectionId: ana.reflectionIds[0]!, cohortId: cohort.id } });
    await db().reflectionShare.create({ data: { reflectionId: cy.reflectionIds[0]!, cohortId: cohort.id } });
    const benToAna = await db().reflectionReply.create({
      data: {
        reflectionId: ana.reflectionIds[0]!,
        authorId: ben.id,
        cohortId: cohort.id,
        body: "Thank you for sharing.",
      },
    });
    // Notifications both ways: Ben is told Ana shared, Ana that Ben replied.
    await db().notification.create({
      data: {
        userId: ben.id,
        kind: "shared",
        key: `shared:${ana.reflectionIds[0]!}:${cohort.id}:${ben.id}`,
        text: "ana shared an answer to “What's your part?” in Team North.",
        href: `/facilitator/cohorts/${cohort.id}/reflections`,
        shareReflectionId: ana.reflectionIds[0]!,
        shareCohortId: cohort.id,
      },
    });
    await db().notification.create({
      data: {
        userId: ana.id,
        kind: "reply",
        key: `reply:${benToAna.id}`,
        text: "ben replied to your answer to “What's your part?”.",
        href: "/journal/prompt/whats-your-part",
        replyId: benToAna.id,
      },
    });
    await db().reflectionReply.create({
      data: { reflectionId: cy.reflectionIds[0]!, authorId: ana.id, body: "Ana's reply to Cy." },
    });
    await db().reflectionReply.create({
      data: { reflectionId: cy.reflectionIds[1]!, authorId: ben.id, body: "Ben's reply to Cy." },
    });
    await db().nudge.create({
      data: { cohortId: cohort.id, fromUserId: ben.id, toUserId: ana.id, message: "A nudge for Ana" },
    });
    await db().nudge.create({
      data: { cohortId: cohort.id, fromUserId: ana.id, toUserId: cy.id, message: "From Ana to Cy" },
    });
    await db().rateLimit.create({ data: { key: "sign-in:ip:203.0.113.9", count: 3, windowStart: new Date() } });
    // Invitations both ways: Ana invited Cy (accepted) and someone not yet in;
    // Ben invited Ana, who accepted.
    const invitation = (email: string, invitedById: string, acceptedById: string | null, key: string) =>
      db().invitation.create({
        data: {
          cohortId: cohort.id,
          email,
          tokenHash: `hash-${key}-${randomUUID()}`,
          openKey: acceptedById ? null : `${cohort.id} ${email}`,
          validDays: 14,
          invitedById,
          expiresAt: new Date(Date.now() + 86_400_000),
          acceptedAt: acceptedById ? new Date() : null,
          acceptedById,
        },
      });
    await invitation(cy.email, ana.id, cy.id, "ana-cy");
    await invitation("someone-new@example.org", ana.id, null, "ana-new");
    await invitation(ana.email, ben.id, ana.id, "ben-ana");

    const before = await rowsOf(ana);
    expect(Object.values(before).filter((n) => n > 0).length).toBeGreaterThanOrEqual(12);
    const benBefore = await rowsOf(ben);

    const deleted = await deleteAccount(ana);
    expect(deleted).toMatchObject({
      reflectionShares: 1,
      checkChoices: 2,
      calendarFeeds: 1,
      users: 1,
      reflections: 2,
      reflectionRevisions: 2,
      sessions: 1,
      accounts: 1,
      rateLimits: 3,
      signInGuards: 3,
    });

    const after = await rowsOf(ana);
    expect(after).toEqual(Object.fromEntries(Object.keys(remaining).map((model) => [model, 0])));

    // Ben keeps everything of his own; his reply to Ana's answer and his
    // reminder to her went with her.
    expect(await rowsOf(ben)).toEqual({
      ...benBefore,
      ReflectionReply: benBefore.ReflectionReply! - 1,
      Nudge: benBefore.Nudge! - 1,
      // The notice that Ana shared went with her share; the one naming Ben (her reply notice) went with her.
      Notification: benBefore.Notification! - 2,
      // Ben's invitation of Ana, which she accepted, went with her membership.
      Invitation: benBefore.Invitation! - 1,
    });
    // The invitations Ana sent stay with the cohort, unsigned; Cy's still says who accepted it.
    expect(
      await db().invitation.findMany({
        where: { cohortId: cohort.id },
        orderBy: { email: "asc" },
        select: { email: true, invitedById: true, acceptedById: true },
      }),
    ).toEqual([
      { email: cy.email, invitedById: null, acceptedById: cy.id },
      { email: "someone-new@example.org", invitedById: null, acceptedById: null },
    ]);
    // Cy keeps everything; the cohort, its assignment and Cy's reminder stay, no longer naming Ana.
    expect(await db().reflection.count({ where: { userId: cy.id } })).toBe(2);
    expect(await db().reflectionShare.count({ where: { reflectionId: { in: cy.reflectionIds } } })).toBe(1);
    expect(
      await db().reflectionReply.findMany({
        where: { reflectionId: { in: cy.reflectionIds } },
        select: { body: true },
      }),
    ).toEqual([{ body: "Ben's reply to Cy." }]);
    expect(await db().cohort.findUnique({ where: { id: cohort.id }, select: { createdById: true } })).toEqual({
      createdById: null,
    });
    expect(await db().cohortMember.count({ where: { cohortId: cohort.id } })).toBe(1);
    expect(await db().assignment.count({ where: { cohortId: cohort.id } })).toBe(1);
    expect(
      await db().nudge.findMany({ where: { toUserId: cy.id }, select: { fromUserId: true, message: true } }),
    ).toEqual([{ fromUserId: null, message: "From Ana to Cy" }]);
    expect(await db().rateLimit.count({ where: { key: "sign-in:ip:203.0.113.9" } })).toBe(1);
  });

  it("is a no-op for an account that is already gone", async () => {
    const dee = await person("dee");
    await deleteAccount(dee);
    expect(await deleteAccount(dee)).toMatchObject({ users: 0, reflections: 0 });
  });
});
