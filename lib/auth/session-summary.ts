import type { Role } from "./roles";

/**
 * What the browser may know about the signed-in person: their own id (to tell
 * their drafts on a shared device from someone else's), name, role, time
 * zone (the islands show dates in it, docs/decisions/014-time-zones.md) and
 * how many of their notifications are unread (the header's count). No email,
 * nothing about anyone else.
 */
export type SessionSummary = { id: string; name: string; role: Role; timeZone?: string | null; unread?: number };
