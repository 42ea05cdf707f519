import "server-only";
// Who is asking, read the short way (decision 056). Every signed-in request
// asked better-auth's getSession, whose endpoint machinery, cookie parsing and
// ORM query cost more than the autosave it guarded. The usual case needs one
// statement: the session cookie's signature checked here, then the session
// and its user read in one join. Anything out of the usual — no or a bad
// signature, an unknown or expired session, a session due for its hourly
// refresh, a leftover cookie-cache cookie — is handed to better-auth as
// before, so it refreshes, expires and clears cookies exactly as it did.
//
// Nothing is cached between requests: a sign-out, a password reset, a
// disabled account or a role change still takes effect on the next request.
import { createHmac, timingSafeEqual } from "node:crypto";
import { db } from "../db/client";
import { auth, SESSION_MAX_AGE_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "./auth";

/** What the app reads of a session: its id, and its user's row. */
export type SessionRead = {
  session: { id: string };
  user: { id: string; name: string; email: string; role?: unknown; disabledAt?: unknown; timeZone?: unknown };
};

type Names = { sessionToken: string; sessionData: string; secret: string };
let names: Promise<Names> | undefined;

/** The cookie names and the secret better-auth signs with (its own values, so a prefix or secure cookies follow it). */
function cookieNames(): Promise<Names> {
  names ??= auth().$context.then((context) => ({
    sessionToken: context.authCookies.sessionToken.name,
    sessionData: context.authCookies.sessionData.name,
    secret: context.secret,
  }));
  return names;
}

/** The first value of each cookie in a Cookie header, decoded as better-auth decodes it. */
export function cookieValue(header: string, name: string): string | null {
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq === -1 || part.slice(0, eq).trim() !== name) continue;
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return null;
}

/** The token of a cookie signed as better-auth signs it ("token.base64(HMAC-SHA256)"), or null. */
export function verifiedToken(value: string, secret: string): string | null {
  const dot = value.lastIndexOf(".");
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const signature = value.slice(dot + 1);
  if (signature.length !== 44 || !signature.endsWith("=")) return null;
  const given = Buffer.from(signature, "base64");
  const expected = createHmac("sha256", secret).update(token).digest();
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}

type Row = {
  sessionId: string;
  expiresAt: Date;
  id: string;
  name: string;
  email: string;
  role: unknown;
  disabledAt: unknown;
  timeZone: unknown;
};

/**
 * The session of a request in the usual case, or "ask-better-auth" for
 * anything else (better-auth then decides, refreshes or clears).
 */
export async function quickSession(
  requestHeaders: { get(name: string): string | null },
  now = Date.now(),
): Promise<SessionRead | "ask-better-auth"> {
  const header = requestHeaders.get("cookie");
  if (!header) return "ask-better-auth";
  const { sessionToken, sessionData, secret } = await cookieNames();
  const value = cookieValue(header, sessionToken);
  // A cookie-cache cookie left from another configuration: better-auth clears it.
  if (value === null || cookieValue(header, sessionData) !== null) return "ask-better-auth";
  const token = verifiedToken(value, secret);
  if (token === null) return "ask-better-auth";
  const [row] = await db().$queryRawUnsafe<Row[]>(
    `SELECT s."id" AS "sessionId", s."expiresAt", u."id", u."name", u."email", u."role", u."disabledAt", u."timeZone"
     FROM "Session" s JOIN "User" u ON u."id" = s."userId" WHERE s."token" = $1`,
    token,
  );
  if (!row) return "ask-better-auth";
  const expiresAt = row.expiresAt.getTime();
  // Expired (better-auth deletes it), or due for the hourly refresh of its expiry and "last active".
  if (expiresAt <= now) return "ask-better-auth";
  if (expiresAt - SESSION_MAX_AGE_SECONDS * 1000 + SESSION_UPDATE_AGE_SECONDS * 1000 <= now) return "ask-better-auth";
  const { sessionId, id, name, email, role, disabledAt, timeZone } = row;
  return { session: { id: sessionId }, user: { id, name, email, role, disabledAt, timeZone } };
}
