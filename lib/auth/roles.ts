// Roles and what each may do. Pure and tiny so that scripts, pages and tests
// share one definition.
import { z } from "zod";

export const ROLES = ["learner", "facilitator", "admin"] as const;
export type Role = (typeof ROLES)[number];
export const RoleSchema = z.enum(ROLES, { message: `Role must be one of: ${ROLES.join(", ")}` });

/** Admins can do what facilitators can; facilitators what learners can. */
const RANK: Record<Role, number> = { learner: 0, facilitator: 1, admin: 2 };

export function hasRole(actual: Role, required: Role): boolean {
  return RANK[actual] >= RANK[required];
}

export const ROLE_LABELS: Record<Role, string> = {
  learner: "Learner",
  facilitator: "Facilitator",
  admin: "Admin",
};
