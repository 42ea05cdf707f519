// IANA time zone names: the list people choose from, and the check every
// boundary uses (docs/decisions/014-time-zones.md). Pure; safe anywhere.
import { z } from "zod";

import { isTimeZone, timeZones } from "./zone-names";

export { UTC, isTimeZone, timeZones, zoneOrUtc } from "./zone-names";

/** Every zone people can choose from, "UTC" first (see zone-names.ts). */
export const TIME_ZONES: readonly string[] = timeZones();

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
