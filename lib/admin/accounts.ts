import "server-only";
// Account administration. Every function takes the acting user and checks,
// here in the data layer, that they are an admin.
import { db } from "../db/client";
import { hasRole, type Role } from "../auth/roles";
import type { SessionUser } from "../auth/session";
import { ForbiddenError, NotFoundError, RuleError } from "../errors/errors";

export function assertAdmin(actor: SessionUser): void {
  if (!hasRole(actor.role, "admin")) throw new ForbiddenError();
}

export type AccountRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  createdAt: Date;
  disabled: boolean;
  /** Cohorts the person belongs to, and those they facilitate. */
  memberOf: string[];
  facilitates: string[];
};

/** How many accounts the admin page lists at most: the newest ones. */
export const ACCOUNTS_SHOWN = 500;

/** The newest accounts first (the ones an admin most often looks for), up to ACCOUNTS_SHOWN. */
export async function listAccounts(actor: SessionUser): Promise<AccountRow[]> {
  assertAdmin(actor);
  const rows = await db().user.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      createdAt: true,
      disabledAt: true,
      memberships: { select: { cohort: { select: { name: true } } } },
      facilitating: { select: { cohort: { select: { name: true } } } },
    },
    take: ACCOUNTS_SHOWN,
  });
  return rows.map(({ disabledAt, memberships, facilitating, ...row }) => ({
    ...row,
    disabled: disabledAt !== null,
    memberOf: memberships.map((m) => m.cohort.name),
    facilitates: facilitating.map((f) => f.cohort.name),
  }));
}

export async function countAccounts(actor: SessionUser): Promise<number> {
  assertAdmin(actor);
  return db().user.count();
}

const GONE = "That account no longer exists.";

/** The account's name, for the admin's confirmation. */
export async function changeRole(actor: SessionUser, userId: string, role: Role): Promise<{ name: string }> {
  assertAdmin(actor);
  if (userId === actor.id && role !== "admin") {
    throw new RuleError("You can't remove your own admin role. Ask another admin to do it.");
  }
  const updated = await db().user.updateMany({ where: { id: userId }, data: { role } });
  if (updated.count === 0) throw new NotFoundError(GONE);
  const user = await db().user.findUnique({ where: { id: userId }, select: { name: true } });
  return { name: user?.name ?? "The account" };
}

/** Disables an account (it keeps its data but cannot sign in; its sessions end now) or re-enables it. */
export async function setDisabled(actor: SessionUser, userId: string, disabled: boolean): Promise<{ name: string }> {
  assertAdmin(actor);
  if (userId === actor.id) throw new RuleError("You can't disable your own account.");
  const updated = await db().user.updateMany({
    where: { id: userId },
    data: { disabledAt: disabled ? new Date() : null },
  });
  if (updated.count === 0) throw new NotFoundError(GONE);
  if (disabled) await db().session.deleteMany({ where: { userId } });
  const user = await db().user.findUnique({ where: { id: userId }, select: { name: true } });
  return { name: user?.name ?? "The account" };
}
