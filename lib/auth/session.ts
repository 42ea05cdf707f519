import "server-only";
// Who is asking. Pages and actions call these; the data layer takes the
// returned user and scopes every query by it.
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "./auth";
import { quickSession, type SessionRead } from "./session-read";
import { isTimeZone } from "../time/zones";
import { hasRole, RoleSchema, type Role } from "./roles";
import { safeRedirectPath } from "../http/redirect-path";

export type SessionUser = {
  id: string;
  name: string;
  email: string;
  role: Role;
  /** IANA zone dates are shown in; null (or absent) means UTC. */
  timeZone?: string | null;
};

/**
 * This request's session (or null), read once per request: in one statement
 * in the usual case, by better-auth otherwise (lib/auth/session-read.ts).
 */
const currentSession = cache(async (): Promise<SessionRead | null> => {
  // Reading the request headers first also marks the page as per-request.
  const requestHeaders = await headers();
  const quick = await quickSession(requestHeaders);
  if (quick !== "ask-better-auth") return quick;
  return auth().api.getSession({ headers: requestHeaders });
});

/**
 * better-auth's user row as the app sees it: null for a disabled account or
 * an unknown role; a zone Intl does not know reads as none (UTC).
 */
export function toSessionUser(user: { id: string; name: string; email: string }): SessionUser | null {
  const { id, name, email, role, disabledAt, timeZone } = user as typeof user & {
    role?: unknown;
    disabledAt?: unknown;
    timeZone?: unknown;
  };
  const parsedRole = RoleSchema.safeParse(role);
  if (!parsedRole.success || disabledAt) return null;
  return { id, name, email, role: parsedRole.data, timeZone: isTimeZone(timeZone) ? timeZone : null };
}

/** The signed-in user, or null. Cached for the duration of one request. */
export const getUser = cache(async (): Promise<SessionUser | null> => {
  const session = await currentSession();
  if (!session) return null;
  // The user row (role and disabledAt included) is read fresh on every
  // request — better-auth's cookie cache is off (lib/auth/auth.ts) and the
  // quick read caches nothing — so a role change or a disabled account takes
  // effect on the next request.
  return toSessionUser(session.user);
});

/**
 * The id of the session this request came with (never its token), so the
 * account page can mark "this device" and leave it out of "sign out
 * everywhere else". Null when signed out.
 */
export async function currentSessionId(): Promise<string | null> {
  if (!(await getUser())) return null;
  return (await currentSession())?.session.id ?? null;
}

export { AFTER_SIGN_IN, safeRedirectPath } from "../http/redirect-path";

/** The signed-in user, or a redirect to sign-in that comes back to `redirectTo`. */
export async function requireUser(redirectTo: string): Promise<SessionUser> {
  const user = await getUser();
  if (!user) redirect(`/sign-in?redirectTo=${encodeURIComponent(safeRedirectPath(redirectTo))}`);
  return user;
}

/** The signed-in user with at least `role`; others get the 403 page. */
export async function requireRole(role: Role, redirectTo: string): Promise<SessionUser> {
  const user = await requireUser(redirectTo);
  if (!hasRole(user.role, role)) forbidden();
  return user;
}
