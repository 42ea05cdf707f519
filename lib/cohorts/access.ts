import "server-only";
// Who may act on a cohort. Facilitators of a cohort (its creator and any
// co-facilitators) manage it and read what its learners share with it; an
// admin manages accounts but is not let into cohorts they don't facilitate.
import { db } from "../db/client";
import { hasRole } from "../auth/roles";
import type { SessionUser } from "../auth/session";
import { ForbiddenError, NotFoundError } from "../errors/errors";

export async function isFacilitatorOf(user: SessionUser, cohortId: string): Promise<boolean> {
  if (!hasRole(user.role, "facilitator")) return false;
  // An id from an address (/facilitator/cohorts/%00) is not parsed by a form's
  // schema; no cohort's id holds a NUL, and PostgreSQL refuses one in a query.
  if (cohortId.includes("\u0000")) return false;
  const row = await db().cohortFacilitator.findUnique({
    where: { cohortId_userId: { cohortId, userId: user.id } },
    select: { cohortId: true },
  });
  return row !== null;
}

/** Throws unless `user` facilitates the cohort; unknown and foreign cohorts look the same. */
export async function assertFacilitatorOf(user: SessionUser, cohortId: string): Promise<void> {
  if (!(await isFacilitatorOf(user, cohortId))) throw new NotFoundError("There is no such cohort among yours.");
}

export function assertFacilitatorRole(user: SessionUser): void {
  if (!hasRole(user.role, "facilitator")) throw new ForbiddenError("Only facilitators can run cohorts.");
}
