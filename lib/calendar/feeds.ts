import "server-only";
// A person's private calendar address: /calendar/<token>.ics, where the
// token is 32 random bytes (base64url). Only its SHA-256 is kept, so the
// address is shown once, when it is made, and a copy of the database can't
// be turned into working addresses. One per person: making a new one writes
// its hash over the old (which stops working at once); turning it off
// deletes the row. Every write names the person; reading by token finds the
// owner by the hash alone. See docs/decisions/034-calendar-feeds.md.
import { z } from "zod";
import type { Role } from "../auth/roles";
import type { SessionUser } from "../auth/session";
import { hashLinkToken, LINK_TOKEN_PATTERN, newLinkToken } from "../auth/link-tokens";
import { db } from "../db/client";
import { currentTime } from "../time/clock";

const SUFFIX = ".ics";

export function feedPath(token: string): string {
  return `/calendar/${token}${SUFFIX}`;
}

/** The last segment of a feed's address, "<token>.ics", to the token. */
export const FeedSegmentSchema = z
  .string({ message: "That is not a calendar address." })
  .max(64, { message: "That is not a calendar address." })
  .refine((segment) => segment.endsWith(SUFFIX) && LINK_TOKEN_PATTERN.test(segment.slice(0, -SUFFIX.length)), {
    message: "That is not a calendar address.",
  })
  .transform((segment) => segment.slice(0, -SUFFIX.length));

/** The token in the last segment of a feed's address, or null when it can't be one. */
export function tokenFromSegment(segment: string): string | null {
  const parsed = FeedSegmentSchema.safeParse(segment);
  return parsed.success ? parsed.data : null;
}

export type FeedLink = { token: string; replaced: boolean };

/** Makes the person's calendar address, or a new one in place of the old. The token is returned once. */
export async function issueFeedToken(user: Pick<SessionUser, "id">, now = currentTime()): Promise<FeedLink> {
  const token = newLinkToken();
  const tokenHash = hashLinkToken(token);
  const existing = await db().calendarFeed.findUnique({ where: { userId: user.id }, select: { id: true } });
  await db().calendarFeed.upsert({
    where: { userId: user.id },
    create: { userId: user.id, tokenHash, createdAt: now },
    update: { tokenHash, createdAt: now },
  });
  return { token, replaced: existing !== null };
}

/** Turns the person's calendar address off. Whether there was one. */
export async function revokeFeed(user: Pick<SessionUser, "id">): Promise<boolean> {
  const { count } = await db().calendarFeed.deleteMany({ where: { userId: user.id } });
  return count > 0;
}

/** Whether the person has a calendar address, and since when (never the address: only its hash is kept). */
export async function myFeed(user: Pick<SessionUser, "id">): Promise<{ createdAt: Date } | null> {
  return db().calendarFeed.findUnique({ where: { userId: user.id }, select: { createdAt: true } });
}

export type FeedOwner = { id: string; name: string; email: string; role: Role; timeZone: string | null };

/**
 * Whose feed a token opens, or null: a malformed token, one never issued, one
 * replaced or turned off, or a disabled account's all look the same.
 */
export async function feedOwner(token: string): Promise<FeedOwner | null> {
  if (!LINK_TOKEN_PATTERN.test(token)) return null;
  const row = await db().calendarFeed.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: {
      user: { select: { id: true, name: true, email: true, role: true, timeZone: true, disabledAt: true } },
    },
  });
  if (!row || row.user.disabledAt) return null;
  const { disabledAt: _disabled, ...owner } = row.user;
  return owner;
}
