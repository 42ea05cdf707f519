import "server-only";
// "Load it or 404" for the facilitator's pages: a cohort that isn't one of
// yours looks exactly like one that doesn't exist.
import { notFound } from "next/navigation";
import { cache } from "react";
import { getUser, type SessionUser } from "@/lib/auth/session";
import { hasRole } from "@/lib/auth/roles";
import { getCohort, type CohortSummary } from "@/lib/cohorts/cohorts";
import { AccessDeniedError, CohortRuleError } from "@/lib/cohorts/errors";
import type { FormState } from "@/lib/actions/form-state";

export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof AccessDeniedError) notFound();
    throw error;
  }
}

// One query per request for the page and its <title> (getUser is cached too,
// so both pass the same user object).
const cohortFor = cache((user: SessionUser, cohortId: string): Promise<CohortSummary> => getCohort(user, cohortId));

/** The cohort, or the 404 page when it isn't one the facilitator runs. */
export function cohortOr404(user: SessionUser, cohortId: string): Promise<CohortSummary> {
  return orNotFound(cohortFor(user, cohortId));
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

/** The data layer's sentence for the person as the form's error; anything else is a real failure. */
export function formErrorFrom(error: unknown, values?: Record<string, string>): FormState {
  if (error instanceof AccessDeniedError || error instanceof CohortRuleError) {
    return { status: "error", message: error.message, ...(values ? { values } : {}) };
  }
  throw error;
}
