import type { Role } from "./roles";

/** What the browser may know about the signed-in person: no ids, no email. */
export type SessionSummary = { name: string; role: Role };
