// IANA time zone names without zod, so browser code (the lesson's editor)
// can format dates without carrying the schemas (lib/time/zones.ts has those).
// Pure; safe anywhere.

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
