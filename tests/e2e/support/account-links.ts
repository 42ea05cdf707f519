// Links a person would get by email, made in the test the way the app makes
// them, for tests that need one without going through an inbox (the inbox
// path has its own tests): a reset link is a Verification row under the
// token's hashed name (lib/auth/reset-token-storage.ts); a link to confirm a
// new address is a JWT better-auth signs with the app's secret.
import { randomBytes, randomUUID } from "node:crypto";
import { signJWT } from "better-auth/crypto";
import type { Db } from "../../../lib/db/client";
import { storedIdentifierForToken } from "../../../lib/auth/reset-token-storage";
import { TEST_AUTH_SECRET } from "./app-server";

/** A reset token for the person, valid for an hour; the page is /reset-password?token=… */
export async function resetTokenFor(db: Db, userId: string, validForMs = 60 * 60 * 1000): Promise<string> {
  const token = randomBytes(24).toString("base64url");
  await db.verification.create({
    data: {
      id: randomUUID(),
      identifier: storedIdentifierForToken(token),
      value: userId,
      expiresAt: new Date(Date.now() + validForMs),
    },
  });
  return token;
}

/** A token that moves the person from `oldEmail` to `newEmail`; the page is /account/confirm-email?token=… */
export async function emailChangeTokenFor(userId: string, oldEmail: string, newEmail: string): Promise<string> {
  return signJWT(
    {
      email: oldEmail.toLowerCase(),
      updateTo: newEmail.toLowerCase(),
      userId,
      requestType: "change-email-verification",
    },
    TEST_AUTH_SECRET,
    60 * 60,
  );
}
