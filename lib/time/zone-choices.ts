// Time zones as people look for them: grouped by region, named by city, with
// the offset from UTC they have today. The stored value stays the IANA id.
// Pure; safe in the browser (the zone pickers use it).
import { UTC } from "./zone-names";

/** Old spellings some runtimes still list, and the names people use now. */
const CITY_NAMES: Record<string, string> = {
  Calcutta: "Kolkata",
  Kiev: "Kyiv",
  Saigon: "Ho Chi Minh City",
  Rangoon: "Yangon",
  Katmandu: "Kathmandu",
  Godthab: "Nuuk",
  Ulan_Bator: "Ulaanbaatar",
  Uzhgorod: "Uzhhorod",
  Zaporozhye: "Zaporizhzhia",
};

const REGION_NAMES: Record<string, string> = {
  Africa: "Africa",
  America: "Americas",
  Antarctica: "Antarctica",
  Arctic: "Arctic",
  Asia: "Asia",
  Atlantic: "Atlantic",
  Australia: "Australia",
  Europe: "Europe",
  Indian: "Indian Ocean",
  Pacific: "Pacific",
};
const OTHER = "Other";

export type ZoneChoice = {
  /** The IANA id, which is what gets stored. */
  id: string;
  region: string;
  /** "Kolkata", "Knox (Indiana)". */
  city: string;
  /** Minutes ahead of UTC today (negative: behind). */
  offsetMinutes: number;
  /** "UTC+05:30", "UTC−08:00", "UTC". */
  offset: string;
  /** What the option says: "Kolkata — UTC+05:30". */
  label: string;
};

export type ZoneGroup = { region: string; choices: ZoneChoice[] };

// Making an Intl.DateTimeFormat costs far more than using one: each zone's
// is made once per process (or page) and kept.
const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function offsetFormat(zone: string): Intl.DateTimeFormat {
  let format = offsetFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
    offsetFormats.set(zone, format);
  }
  return format;
}

/** Minutes ahead of UTC in `zone` at `at`. */
export function offsetMinutes(zone: string, at: Date): number {
  const part = offsetFormat(zone)
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName")?.value;
  const match = /GMT([+-−])(\d{1,2})(?::?(\d{2}))?/.exec(part ?? "");
  if (!match) return 0;
  const sign = match[1] === "+" ? 1 : -1;
  return sign * (Number(match[2]) * 60 + Number(match[3] ?? 0));
}

export function formatOffset(minutes: number): string {
  if (minutes === 0) return "UTC";
  const sign = minutes > 0 ? "+" : "−";
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

const words = (s: string) => (CITY_NAMES[s] ?? s).replaceAll("_", " ");

export function zoneChoice(id: string, at: Date): ZoneChoice {
  return choiceAt(id, offsetMinutes(id, at));
}

/** A zone's choice given its offset (no Intl: the browser builds these from the server's offsets). */
function choiceAt(id: string, minutes: number): ZoneChoice {
  const parts = id.split("/");
  const region = parts.length > 1 ? (REGION_NAMES[parts[0]!] ?? OTHER) : OTHER;
  const city =
    id === UTC
      ? "Coordinated Universal Time"
      : parts.length > 2
        ? `${words(parts.at(-1)!)} (${parts.slice(1, -1).map(words).join(", ")})`
        : words(parts.at(-1)!);
  const offset = formatOffset(minutes);
  return { id, region, city, offsetMinutes: minutes, offset, label: id === UTC ? "UTC" : `${city} — ${offset}` };
}

/**
 * The zone list as a page hands it to a picker: each id with its offset in
 * minutes, in the order shown (by region, then city). A tenth of the size of
 * the choices themselves, which the picker rebuilds (groupOffsets).
 */
export type ZoneOffsets = readonly (readonly [id: string, offsetMinutes: number])[];

/** groupZones, shortened for the wire. */
export function zoneOffsets(zones: readonly string[], at: Date = new Date()): ZoneOffsets {
  return groupZones(zones, at).flatMap((group) => group.choices.map((c) => [c.id, c.offsetMinutes] as const));
}

/** The groups back from zoneOffsets, in the order given: nothing is sorted again, so the browser lists exactly what the server did. */
export function groupOffsets(list: ZoneOffsets): ZoneGroup[] {
  const groups: ZoneGroup[] = [];
  for (const [id, minutes] of list) {
    const choice = choiceAt(id, minutes);
    const last = groups.at(-1);
    if (last?.region === choice.region) last.choices.push(choice);
    else groups.push({ region: choice.region, choices: [choice] });
  }
  return groups;
}

// Offsets change only when a zone's clocks change, and every zone changes
// its clocks on a quarter hour of UTC: the list made for a quarter hour holds
// for all of it. Kept for the last list asked for (the pages ask for the
// same one), so a page with a zone picker does not rebuild 400 choices per
// request.
const QUARTER_HOUR_MS = 15 * 60 * 1000;
let lastGroups: { zones: readonly string[]; slot: number; groups: ZoneGroup[] } | undefined;

/**
 * The zones by region (UTC and the rest under "Other", last), cities in
 * alphabetical order, with the offsets of the quarter hour `at` falls in.
 * The result is shared between callers: treat it as read-only.
 */
export function groupZones(zones: readonly string[], at: Date = new Date()): ZoneGroup[] {
  const slot = Math.floor(at.getTime() / QUARTER_HOUR_MS);
  if (lastGroups?.zones === zones && lastGroups.slot === slot) return lastGroups.groups;
  const groups = buildGroups(zones, new Date(slot * QUARTER_HOUR_MS));
  lastGroups = { zones, slot, groups };
  return groups;
}

function buildGroups(zones: readonly string[], at: Date): ZoneGroup[] {
  const byRegion = new Map<string, ZoneChoice[]>();
  for (const id of zones) {
    const choice = zoneChoice(id, at);
    byRegion.set(choice.region, [...(byRegion.get(choice.region) ?? []), choice]);
  }
  return [...byRegion.entries()]
    .sort(([a], [b]) => (a === OTHER ? 1 : b === OTHER ? -1 : a.localeCompare(b, "en")))
    .map(([region, choices]) => ({
      region,
      choices: choices.sort((a, b) => a.city.localeCompare(b.city, "en")),
    }));
}

function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Whether a choice matches what was typed: any of its city, region, id or offset ("+5:30", "utc-8"). */
export function zoneMatches(choice: ZoneChoice, query: string): boolean {
  const q = fold(query.trim());
  if (!q) return true;
  const haystack = fold(
    `${choice.city} ${choice.region} ${choice.id.replaceAll("_", " ")} ${choice.offset.replace("−", "-")}`,
  );
  return q.split(/\s+/).every((word) => haystack.includes(word.replace("−", "-")));
}
