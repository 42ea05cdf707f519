import "server-only";
// Where a person is signed in: their own sessions, listed and ended by id,
// scoped by their user id in every query. A session's token (what its cookie
// carries) never leaves the server; ending one goes through better-auth's
// own adapter, as its revoke endpoints do.
import { auth, SESSION_UPDATE_AGE_SECONDS } from "../auth/auth";
import type { SessionUser } from "../auth/session";
import { db } from "../db/client";
import { NotFoundError, RuleError } from "../errors/errors";
import { describeDevice } from "./device";

export type SignedInDevice = {
  id: string;
  /** "Safari on an iPhone". */
  device: string;
  signedInAt: Date;
  /** When the session was last refreshed (within SESSION_UPDATE_AGE_SECONDS of its last use). */
  lastActiveAt: Date;
  /** Used within the last SESSION_UPDATE_AGE_SECONDS, as far as its row can tell. */
  activeRecently: boolean;
  /** The device this request came from. */
  current: boolean;
};

/** The person's live sessions: this device first, then the most recently used. */
export async function listMySessions(
  user: Pick<SessionUser, "id">,
  currentId: string | null,
  now = new Date(),
): Promise<SignedInDevice[]> {
  const rows = await db().session.findMany({
    where: { userId: user.id, expiresAt: { gt: now } },
    select: { id: true, userAgent: true, createdAt: true, updatedAt: true },
    orderBy: { updatedAt: "desc" },
    take: 100,
  });
  return rows
    .map((row) => ({
      id: row.id,
      device: describeDevice(row.userAgent),
      signedInAt: row.createdAt,
      lastActiveAt: row.updatedAt,
      activeRecently: now.getTime() - row.updatedAt.getTime() < SESSION_UPDATE_AGE_SECONDS * 1000,
      current: row.id === currentId,
    }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}

/**
 * Ends one of the person's own sessions; the device it was, in words.
 * Another person's session id, or one already ended, is a NotFoundError and
 * changes nothing. This device is left to the Sign out button, which also
 * clears its cookie (a RuleError).
 */
export async function signOutMySession(
  user: Pick<SessionUser, "id">,
  sessionId: string,
  currentId: string | null,
): Promise<string> {
  if (sessionId === currentId) {
    throw new RuleError("That’s the device you’re using now. To sign out here, use “Sign out” at the top of the page.");
  }
  const row = await db().session.findFirst({
    where: { id: sessionId, userId: user.id },
    select: { token: true, userAgent: true },
  });
  if (!row) throw new NotFoundError("That device is already signed out. The list below is up to date.");
  const { internalAdapter } = await auth().$context;
  await internalAdapter.deleteSession(row.token);
  return describeDevice(row.userAgent);
}

/** Ends every session of the person but this device's; how many were ended. */
export async function signOutOtherSessions(user: Pick<SessionUser, "id">, currentId: string | null): Promise<number> {
  // Without knowing which session is this one, "everything else" is unknown too.
  if (!currentId) return 0;
  const rows = await db().session.findMany({
    where: { userId: user.id, id: { not: currentId } },
    select: { token: true },
  });
  const { internalAdapter } = await auth().$context;
  for (const { token } of rows) await internalAdapter.deleteSession(token);
  return rows.length;
}
