// IANA time zone names: the list people choose from, and the check every
// boundary uses (docs/decisions/014-time-zones.md). Pure; safe anywhere.
import { z } from "zod";

export const UTC = "UTC";

/**
 * Every zone this runtime's Intl knows, plus "UTC" (which Intl accepts but
 * does not list). Sorted, "UTC" first. Computed on the server and handed to
 * forms, so the browser never renders a different list than the server did.
 */
export const TIME_ZONES: readonly string[] = [
  UTC,
  ...Intl.supportedValuesOf("timeZone")
    .filter((zone) => zone !== UTC)
    .sort(),
];

const KNOWN = new Set(TIME_ZONES);

export function isTimeZone(value: unknown): value is string {
  return typeof value === "string" && KNOWN.has(value);
}

/** A stored zone, or UTC when there is none (or it is no longer known). */
export function zoneOrUtc(zone: string | null | undefined): string {
  return isTimeZone(zone) ? zone : UTC;
}

export const TIME_ZONE_MAX_CHARS = 64;
const CHOOSE_ZONE = "Choose a time zone from the list, for example Europe/Berlin.";

export const TimeZoneSchema = z
  .string({ message: CHOOSE_ZONE })
  .trim()
  .min(1, { message: CHOOSE_ZONE })
  .max(TIME_ZONE_MAX_CHARS, { message: CHOOSE_ZONE })
  .refine(isTimeZone, { message: CHOOSE_ZONE });

/**
 * The zone a browser reported in a hidden field. It only ever fills in a
 * convenience, so anything missing or unknown becomes undefined rather than
 * an error the person could not fix.
 */
export const BrowserTimeZoneSchema = TimeZoneSchema.optional().catch(undefined);
