import "server-only";
// Running cohorts: create, edit, archive, invite links and co-facilitators.
// Every function checks in here that the caller facilitates the cohort.
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { hasRole } from "../auth/roles";
import { assertFacilitatorOf, assertFacilitatorRole } from "./access";
import { NotFoundError, RuleError } from "../errors/errors";
import { newInviteCode } from "./invite-code";
import { isTimeZone, zoneOrUtc } from "../time/zones";

export type CohortSummary = {
  id: string;
  name: string;
  description: string;
  inviteCode: string | null;
  archived: boolean;
  /** IANA zone whose days the due dates end with. */
  timeZone: string;
  learnerCount: number;
  facilitators: { id: string; name: string }[];
  createdAt: Date;
};

const SUMMARY_SELECT = {
  id: true,
  name: true,
  description: true,
  inviteCode: true,
  archivedAt: true,
  timeZone: true,
  createdAt: true,
  facilitators: { select: { user: { select: { id: true, name: true } } }, orderBy: { addedAt: "asc" } },
  _count: { select: { members: true } },
} as const;

type SummaryRow = {
  id: string;
  name: string;
  description: string;
  inviteCode: string | null;
  archivedAt: Date | null;
  timeZone: string;
  createdAt: Date;
  facilitators: { user: { id: string; name: string } }[];
  _count: { members: number };
};

function toSummary(row: SummaryRow): CohortSummary {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    inviteCode: row.inviteCode,
    archived: row.archivedAt !== null,
    timeZone: zoneOrUtc(row.timeZone),
    learnerCount: row._count.members,
    facilitators: row.facilitators.map((f) => f.user),
    createdAt: row.createdAt,
  };
}

export async function listMyCohorts(facilitator: SessionUser): Promise<CohortSummary[]> {
  assertFacilitatorRole(facilitator);
  const rows = await db().cohort.findMany({
    where: { facilitators: { some: { userId: facilitator.id } } },
    orderBy: [{ archivedAt: "asc" }, { createdAt: "desc" }],
    select: SUMMARY_SELECT,
  });
  return rows.map(toSummary);
}

export async function getCohort(facilitator: SessionUser, cohortId: string): Promise<CohortSummary> {
  await assertFacilitatorOf(facilitator, cohortId);
  const row = await db().cohort.findUniqueOrThrow({ where: { id: cohortId }, select: SUMMARY_SELECT });
  return toSummary(row);
}

export async function createCohort(
  facilitator: SessionUser,
  input: { name: string; description: string; timeZone?: string },
): Promise<string> {
  assertFacilitatorRole(facilitator);
  const cohort = await db().cohort.create({
    data: {
      name: input.name,
      description: input.description,
      // Without a choice, the zone the facilitator lives in.
      timeZone: zoneOrUtc(input.timeZone ?? facilitator.timeZone),
      inviteCode: newInviteCode(),
      createdById: facilitator.id,
      facilitators: { create: { userId: facilitator.id } },
    },
    select: { id: true },
  });
  return cohort.id;
}

export async function updateCohort(
  facilitator: SessionUser,
  cohortId: string,
  input: { name: string; description: string; timeZone?: string },
): Promise<void> {
  await assertFacilitatorOf(facilitator, cohortId);
  if (input.timeZone !== undefined && !isTimeZone(input.timeZone)) {
    throw new RuleError("Choose a time zone from the list.");
  }
  // Fixed due dates are stored as calendar days, so a new zone keeps each
  // assignment's day and moves only the moment it ends (decision 014).
  await db().cohort.update({
    where: { id: cohortId },
    data: { name: input.name, description: input.description, timeZone: input.timeZone },
  });
}

export async function setArchived(facilitator: SessionUser, cohortId: string, archived: boolean): Promise<void> {
  await assertFacilitatorOf(facilitator, cohortId);
  await db().cohort.update({ where: { id: cohortId }, data: { archivedAt: archived ? new Date() : null } });
}

/** Turns the invite link off, or on with a fresh code (an old code then stops working). */
export async function setInvite(
  facilitator: SessionUser,
  cohortId: string,
  state: "off" | "new",
): Promise<string | null> {
  await assertFacilitatorOf(facilitator, cohortId);
  const inviteCode = state === "new" ? newInviteCode() : null;
  await db().cohort.update({ where: { id: cohortId }, data: { inviteCode } });
  return inviteCode;
}

export function noFacilitatorWith(email: string): string {
  return `There is no facilitator with the email ${email}. If they should be one, an admin can make them a facilitator first; then add them here.`;
}

export async function addCoFacilitator(
  facilitator: SessionUser,
  cohortId: string,
  email: string,
): Promise<{ name: string }> {
  await assertFacilitatorOf(facilitator, cohortId);
  const person = await db().user.findUnique({
    where: { email },
    select: { id: true, name: true, role: true, disabledAt: true },
  });
  // One answer for "no account", "a disabled account" and "not a facilitator":
  // adding a co-facilitator must not tell anyone whether an address has an account.
  if (!person || person.disabledAt || !hasRole(person.role, "facilitator")) {
    throw new RuleError(noFacilitatorWith(email));
  }
  const existing = await db().cohortFacilitator.findUnique({
    where: { cohortId_userId: { cohortId, userId: person.id } },
    select: { userId: true },
  });
  if (existing) throw new RuleError(`${person.name} already facilitates this cohort.`);
  await db().cohortFacilitator.create({ data: { cohortId, userId: person.id } });
  return { name: person.name };
}

/** NotFoundError when that person doesn't facilitate this cohort (nothing to remove). */
export async function removeCoFacilitator(facilitator: SessionUser, cohortId: string, userId: string): Promise<void> {
  await assertFacilitatorOf(facilitator, cohortId);
  // One statement: removes the row only while someone else still facilitates,
  // so two people removing each other at once can't leave the cohort empty.
  const removed = await db().cohortFacilitator.deleteMany({
    where: { cohortId, userId, cohort: { facilitators: { some: { NOT: { userId } } } } },
  });
  if (removed.count === 0) {
    const still = await db().cohortFacilitator.count({ where: { cohortId, userId } });
    if (still > 0) throw new RuleError("A cohort needs at least one facilitator.");
    throw new NotFoundError("That person doesn't facilitate this cohort (they may have been removed already).");
  }
}
