// IANA time zone names without zod, so browser code (the lesson's editor)
// can format dates without carrying the schemas (lib/time/zones.ts has those).
// Pure; safe anywhere.

export const UTC = "UTC";

/**
 * Every zone this runtime's Intl knows, plus "UTC" (which Intl accepts but
 * does not list). Sorted, "UTC" first. Computed on the server and handed to
 * forms, so the browser never renders a different list than the server did.
 * Built on first use, not on import: asking Intl for its ~420 zones costs a
 * few milliseconds, and a lesson's islands import this module only to format
 * a date (docs/decisions/062-hydration-in-slices.md).
 */
let known: { list: readonly string[]; names: ReadonlySet<string> } | undefined;

function knownZones() {
  if (!known) {
    const list = [
      UTC,
      ...Intl.supportedValuesOf("timeZone")
        .filter((zone) => zone !== UTC)
        .sort(),
    ];
    known = { list, names: new Set(list) };
  }
  return known;
}

export function timeZones(): readonly string[] {
  return knownZones().list;
}

export function isTimeZone(value: unknown): value is string {
  return typeof value === "string" && knownZones().names.has(value);
}

/** A stored zone, or UTC when there is none (or it is no longer known). */
export function zoneOrUtc(zone: string | null | undefined): string {
  return isTimeZone(zone) ? zone : UTC;
}
