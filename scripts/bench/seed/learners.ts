// Many signed-in learners at once: users and sessions written straight into
// the database in two batch inserts, with the signed cookie better-auth
// expects — the approach of tests/e2e/support/session.ts, in bulk.
import { createHmac, randomBytes, randomUUID } from "node:crypto";
import type { Db } from "../../../lib/db/client";
import { SESSION_COOKIE } from "../../../tests/e2e/support/session";
import { BENCH_AUTH_SECRET } from "../paths";

export type SeededLearner = { id: string; name: string; cookie: string };

// A fresh 30-day session, as a real sign-in makes (lib/auth/auth.ts). A
// shorter expiry would make better-auth refresh the row on the first request
// of every learner, a write that is not part of what we measure.
const SESSION_MS = 30 * 24 * 60 * 60 * 1000;

/** The Cookie header value for a session token, signed as better-auth signs it. */
export function sessionCookie(token: string, secret = BENCH_AUTH_SECRET): string {
  const signature = createHmac("sha256", secret).update(token).digest("base64");
  return `${SESSION_COOKIE}=${encodeURIComponent(`${token}.${signature}`)}`;
}

const BATCH = 200;

export async function inBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

export async function seedLearners(db: Db, count: number, label: string): Promise<SeededLearner[]> {
  return seedUsers(db, count, label, "learner");
}

/** Signed-in users of any role (a facilitator for the cohort overview), named "Bench <label> <n>". */
export async function seedUsers(
  db: Db,
  count: number,
  label: string,
  role: "learner" | "facilitator",
): Promise<SeededLearner[]> {
  const now = Date.now();
  const users = Array.from({ length: count }, (_, i) => {
    const id = randomUUID();
    return {
      id,
      name: `Bench ${label} ${i + 1}`,
      email: `bench-${label}-${i + 1}-${id.slice(0, 8)}@bench.example.org`,
      role,
      emailVerified: true,
    };
  });
  const sessions = users.map((user) => ({
    id: randomUUID(),
    token: randomBytes(24).toString("base64url"),
    userId: user.id,
    expiresAt: new Date(now + SESSION_MS),
  }));
  await inBatches(users, (batch) => db.user.createMany({ data: batch }));
  await inBatches(sessions, (batch) => db.session.createMany({ data: batch }));
  return users.map((user, i) => ({ id: user.id, name: user.name, cookie: sessionCookie(sessions[i]?.token ?? "") }));
}

/** More signed-in sessions of one user (a learner on many devices): their Cookie headers. */
export async function seedSessions(db: Db, userId: string, count: number): Promise<string[]> {
  const expiresAt = new Date(Date.now() + SESSION_MS);
  const sessions = Array.from({ length: count }, () => ({
    id: randomUUID(),
    token: randomBytes(24).toString("base64url"),
    userId,
    expiresAt,
  }));
  await inBatches(sessions, (batch) => db.session.createMany({ data: batch }));
  return sessions.map((session) => sessionCookie(session.token));
}
