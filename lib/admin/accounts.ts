import "server-only";
// Account administration. Every function takes the acting user and checks,
// here in the data layer, that they are an admin.
import { db } from "../db/client";
import { containsIgnoringCase } from "../db/contains";
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

/** How many accounts one page of the admin's list shows. */
export const ACCOUNTS_PER_PAGE = 25;
/** The longest search the admin's list takes, in characters. */
export const ACCOUNT_SEARCH_MAX_CHARS = 200;

export type AccountPage = {
  rows: AccountRow[];
  /** Accounts that match the search (all accounts without one). */
  matching: number;
  page: number;
  pageCount: number;
  perPage: number;
};

/**
 * Every word of the search must appear in the name or the email, ignoring
 * case (containsIgnoringCase). The words are split on LIKE's wildcards,
 * which Prisma does not escape.
 */
function accountSearchWhere(q: string) {
  const pieces = q
    .slice(0, ACCOUNT_SEARCH_MAX_CHARS)
    .split(/[\s%_\\]+/)
    .filter(Boolean)
    .slice(0, 8);
  if (pieces.length === 0) return {};
  return {
    AND: pieces.map((piece) => ({
      OR: [{ name: containsIgnoringCase(piece) }, { email: containsIgnoringCase(piece) }],
    })),
  };
}

/** One page of accounts, newest first (the ones an admin most often looks for), found by name or email. */
export async function listAccounts(
  actor: SessionUser,
  options: { q?: string; page?: number } = {},
): Promise<AccountPage> {
  assertAdmin(actor);
  const where = accountSearchWhere(options.q ?? "");
  const matching = await db().user.count({ where });
  const pageCount = Math.max(1, Math.ceil(matching / ACCOUNTS_PER_PAGE));
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pageCount);
  const rows = await db().user.findMany({
    where,
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
    skip: (page - 1) * ACCOUNTS_PER_PAGE,
    take: ACCOUNTS_PER_PAGE,
  });
  return {
    rows: rows.map(({ disabledAt, memberships, facilitating, ...row }) => ({
      ...row,
      disabled: disabledAt !== null,
      memberOf: memberships.map((m) => m.cohort.name),
      facilitates: facilitating.map((f) => f.cohort.name),
    })),
    matching,
    page,
    pageCount,
    perPage: ACCOUNTS_PER_PAGE,
  };
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
