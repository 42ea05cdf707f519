import type { Role } from "./roles";

/**
 * What the browser may know about the signed-in person: their own id (to tell
 * their drafts on a shared device from someone else's), name, role and time
 * zone (the islands show dates in it, docs/decisions/014-time-zones.md). No
 * email, nothing about anyone else.
 */
export type SessionSummary = { id: string; name: string; role: Role; timeZone?: string | null };
