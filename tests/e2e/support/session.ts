// Signs a test user in by writing a session row straight into the database
// and giving the browser the matching signed cookie, so most tests skip the
// sign-in form (which has its own tests).
import { createHmac, randomBytes, randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { BrowserContext } from "@playwright/test";
import type { Db } from "../../../lib/db/client";
import type { Role } from "../../../lib/auth/roles";
import { CREDENTIAL_PROVIDER } from "../../../scripts/seed/demo-accounts";
import { TEST_AUTH_SECRET } from "./app-server";

export const SESSION_COOKIE = "itt.session_token";

export type TestUser = { id: string; name: string; email: string; password: string; role: Role };

let counter = 0;

// Hashing is deliberately slow (scrypt, about a second and a half here), and
// most tests create users with the same password: hash each password once per
// worker. Every user still gets a real hash that the sign-in form verifies.
const hashes = new Map<string, Promise<string>>();

function hashOnce(password: string): Promise<string> {
  let hash = hashes.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashes.set(password, hash);
  }
  return hash;
}

/** Creates an account that can also sign in through the form with `password`. */
export async function createUser(
  db: Db,
  options: { role?: Role; name?: string; password?: string } = {},
): Promise<TestUser> {
  counter += 1;
  const id = randomUUID();
  const role = options.role ?? "learner";
  const user: TestUser = {
    id,
    role,
    name: options.name ?? `Test ${role} ${counter}`,
    email: `${role}-${counter}-${id.slice(0, 8)}@test.example.org`,
    password: options.password ?? "correct-horse-battery",
  };
  await db.user.create({ data: { id, name: user.name, email: user.email, role, emailVerified: true } });
  await db.account.create({
    data: {
      id: randomUUID(),
      userId: id,
      accountId: id,
      providerId: CREDENTIAL_PROVIDER,
      password: await hashOnce(user.password),
    },
  });
  return user;
}

function signed(token: string): string {
  const signature = createHmac("sha256", TEST_AUTH_SECRET).update(token).digest("base64");
  return encodeURIComponent(`${token}.${signature}`);
}

export async function signInAs(context: BrowserContext, baseUrl: string, db: Db, user: TestUser): Promise<void> {
  const token = randomBytes(24).toString("base64url");
  await db.session.create({
    data: { id: randomUUID(), token, userId: user.id, expiresAt: new Date(Date.now() + 24 * 60 * 60 * 1000) },
  });
  await context.addCookies([
    { name: SESSION_COOKIE, value: signed(token), url: baseUrl, httpOnly: true, sameSite: "Lax" },
  ]);
}
