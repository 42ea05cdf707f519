import "server-only";
// "Load it or 404" for the facilitator's pages: a cohort that isn't one of
// yours looks exactly like one that doesn't exist.
import { cache } from "react";
import { getUser, type SessionUser } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/roles";
import { getCohort, type CohortSummary } from "@/lib/cohorts/cohorts";
import { orPageError } from "@/lib/errors/page";

// One query per request for the page and its <title> (getUser is cached too,
// so both pass the same user object).
const cohortFor = cache((user: SessionUser, cohortId: string): Promise<CohortSummary> => getCohort(user, cohortId));

/** The cohort, or the 404 page when it isn't one the facilitator runs. */
export function cohortOr404(user: SessionUser, cohortId: string): Promise<CohortSummary> {
  return orPageError(cohortFor(user, cohortId));
}

/** "Settings · Team Alpha", or a plain title for anyone who may not see the cohort. */
export async function cohortTitle(cohortId: string, page?: string): Promise<string> {
  const user = await getUser();
  if (!user || !hasRole(user.role, "facilitator")) return page ?? "Cohort";
  try {
    const cohort = await cohortFor(user, cohortId);
    return page ? `${page} · ${cohort.name}` : cohort.name;
  } catch {
    return page ?? "Cohort";
  }
}
