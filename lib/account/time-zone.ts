import "server-only";
// A person's time zone: the zone every date is shown to them in
// (docs/decisions/014-time-zones.md). Writes are scoped by the person's own id.
import { db } from "../db/client";
import type { SessionUser } from "../auth/session";
import { isTimeZone } from "../time/zones";
import { RuleError } from "../errors/errors";

/** The person's own choice, from the account page. */
export async function setMyTimeZone(user: SessionUser, zone: string): Promise<void> {
  if (!isTimeZone(zone)) throw new RuleError("Choose a time zone from the list.", { field: "timeZone" });
  await db().user.updateMany({ where: { id: user.id }, data: { timeZone: zone } });
}

/**
 * The zone the browser reported at sign-up or sign-in. At sign-up it is the
 * person's zone; at sign-in it only fills a zone that is still empty, so a
 * choice made on the account page is never undone by signing in on a
 * laptop set to another zone.
 */
export async function rememberBrowserTimeZone(
  userId: string,
  zone: string | undefined,
  when: "sign-up" | "sign-in",
): Promise<boolean> {
  if (!isTimeZone(zone)) return false;
  const { count } = await db().user.updateMany({
    where: when === "sign-up" ? { id: userId } : { id: userId, timeZone: null },
    data: { timeZone: zone },
  });
  return count > 0;
}
