// Seeds cohorts straight into the worker's database for browser tests.
import type { Db } from "../../../lib/db/client";
import { newInviteCode } from "../../../lib/cohorts/invite-code";
import type { TestUser } from "./session";

export async function seedCohort(
  db: Db,
  facilitator: TestUser,
  options: { name?: string; timeZone?: string; learners?: { user: TestUser; joinedAt?: Date }[] } = {},
): Promise<{ id: string; inviteCode: string; name: string }> {
  const inviteCode = newInviteCode();
  const name = options.name ?? "Team Alpha";
  const cohort = await db.cohort.create({
    data: {
      name,
      inviteCode,
      timeZone: options.timeZone ?? "UTC",
      createdById: facilitator.id,
      facilitators: { create: { userId: facilitator.id } },
    },
    select: { id: true },
  });
  for (const { user, joinedAt } of options.learners ?? []) {
    await db.cohortMember.create({ data: { cohortId: cohort.id, userId: user.id, joinedAt: joinedAt ?? new Date() } });
  }
  return { id: cohort.id, inviteCode, name };
}
