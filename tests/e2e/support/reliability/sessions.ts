// Session cookies for clients that are not browsers (Node's fetch): the same
// row + signed cookie that tests/e2e/support/session.ts gives a browser, as a
// `Cookie` header value. Valid on every server that shares the database and
// TEST_AUTH_SECRET.
import { createHmac, randomBytes, randomUUID } from "node:crypto";
import type { Db } from "../../../../lib/db/client";
import { TEST_AUTH_SECRET } from "../app-server";
import { SESSION_COOKIE, type TestUser } from "../session";

export async function sessionCookieHeader(db: Db, user: TestUser): Promise<string> {
  const token = randomBytes(24).toString("base64url");
  await db.session.create({
    data: { id: randomUUID(), token, userId: user.id, expiresAt: new Date(Date.now() + 24 * 60 * 60 * 1000) },
  });
  const signature = createHmac("sha256", TEST_AUTH_SECRET).update(token).digest("base64");
  return `${SESSION_COOKIE}=${encodeURIComponent(`${token}.${signature}`)}`;
}
