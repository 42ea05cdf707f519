import "server-only";
// The secret in a link that stands in for a sign-in: a personal invitation
// (/invite/<token>) and a calendar address (/calendar/<token>.ics). 32 random
// bytes in base64url; only its SHA-256 is stored, so a link is shown (or
// emailed) once and a copy of the database can't be turned into working
// links. A lookup hashes what it is given and finds the row by the hash.
import { createHash, randomBytes } from "node:crypto";

/** 32 bytes in base64url, without padding: 43 characters. */
export const LINK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newLinkToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("base64url");
}
