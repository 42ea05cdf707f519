import "server-only";
// A person's calendar as an iCalendar (.ics) file, built from data already
// loaded (./load.ts) by the `ics` package. Pure: the same data gives the same
// events with the same UIDs, so a calendar app that fetches the feed again
// updates each event instead of adding a copy.
//
// Every event is an all-day DATE event. A due date is a calendar day in the
// cohort's zone ("due by the end of that day"), and a look-back a day in the
// learner's zone; neither is a moment, and a timed event would move to the
// wrong day for anyone whose calendar shows another zone. The zone is named
// in the description. Nothing a person wrote is ever in a feed: only module
// names, cohort names, the course's own questions and dates.
// See docs/decisions/034-calendar-feeds.md.
import { createEvents, type EventAttributes } from "ics";
import { addDays, parseDay } from "../time/calendar";

const UID_DOMAIN = "ittakestwo";
export const CALENDAR_NAME = "It Takes Two: due dates";
const PRODUCT_ID = "-//It Takes Two//Calendar//EN";

/** A module due for the learner themselves, in one of their cohorts. */
export type OwnAssignment = {
  assignmentId: string;
  cohortName: string;
  cohortTimeZone: string;
  moduleNumber: number;
  moduleTitle: string;
  /** The module's path ("/learn/check-yourself-first"). */
  href: string;
  /** The due day in the cohort's zone ("2026-12-04"). */
  day: string;
};

/** One of the learner's look-backs still to do. */
export type OwnLookBack = {
  id: string;
  /** The day chosen, in the learner's zone when it was set. */
  day: string;
  /** The course's question the answer was to, when the course still has it (never the answer). */
  question: string | null;
  /** The look-back page's path. */
  href: string;
};

/** A module assigned to a cohort the person facilitates. */
export type CohortAssignment = {
  assignmentId: string;
  moduleNumber: number;
  moduleTitle: string;
  /** A fixed due day, or null when it is due some days after each learner joins. */
  dueDate: string | null;
  /** For "days after joining": each learner's due day (one entry per learner). */
  learnerDays: string[];
};

export type FacilitatedCohort = {
  cohortId: string;
  cohortName: string;
  cohortTimeZone: string;
  /** The cohort's page, for the events' links. */
  href: string;
  assignments: CohortAssignment[];
};

export type CalendarData = {
  /** The person the feed is for: UIDs name them, so two people's events never merge. */
  userId: string;
  /** The learner's own zone (look-backs are days in it). */
  timeZone: string;
  /** Where the app is reached ("https://course.example.org"), for the events' links. */
  origin: string;
  assignments: OwnAssignment[];
  lookBacks: OwnLookBack[];
  facilitating: FacilitatedCohort[];
};

/** One all-day event, before it becomes iCalendar text. */
export type CalendarEvent = {
  uid: string;
  /** The ISO day it is on. */
  day: string;
  summary: string;
  description: string;
  url: string;
};

function zoneName(zone: string): string {
  return zone.replaceAll("_", " ");
}

function moduleLabel(number: number, title: string): string {
  return `Module ${number}: ${title}`;
}

function dueByEndOf(zone: string): string {
  return `Due by the end of the day, ${zoneName(zone)} time.`;
}

function ownAssignmentEvent(data: CalendarData, a: OwnAssignment): CalendarEvent {
  const url = `${data.origin}${a.href}`;
  return {
    uid: `assignment-${a.assignmentId}-${data.userId}@${UID_DOMAIN}`,
    day: a.day,
    summary: `${moduleLabel(a.moduleNumber, a.moduleTitle)} — due (${a.cohortName})`,
    description: `${dueByEndOf(a.cohortTimeZone)}\nAssigned in ${a.cohortName}.\nOpen the module: ${url}`,
    url,
  };
}

function lookBackEvent(data: CalendarData, l: OwnLookBack): CalendarEvent {
  const url = `${data.origin}${l.href}`;
  const what = l.question ? `your answer to “${l.question}”` : "one of your answers";
  return {
    uid: `look-back-${l.id}@${UID_DOMAIN}`,
    day: l.day,
    summary: l.question ? `Look back: “${l.question}”` : "Look back at one of your answers",
    description:
      `Your look-back at ${what} opens at the start of this day, ${zoneName(data.timeZone)} time: ` +
      `read it again and say what has changed.\nOpen it: ${url}`,
    url,
  };
}

/**
 * A cohort's assignment: one event on a fixed due day; for "N days after
 * joining", one event per day on which some learner's copy is due, saying
 * for how many (one per learner would flood a calendar in a large cohort).
 */
function cohortAssignmentEvents(data: CalendarData, c: FacilitatedCohort, a: CohortAssignment): CalendarEvent[] {
  const url = `${data.origin}${c.href}`;
  const label = moduleLabel(a.moduleNumber, a.moduleTitle);
  const uidBase = `cohort-assignment-${a.assignmentId}-${data.userId}`;
  if (a.dueDate) {
    return [
      {
        uid: `${uidBase}@${UID_DOMAIN}`,
        day: a.dueDate,
        summary: `${label} — due (${c.cohortName})`,
        description: `${dueByEndOf(c.cohortTimeZone)}\nAssigned to everyone in ${c.cohortName}.\nThe cohort: ${url}`,
        url,
      },
    ];
  }
  const perDay = new Map<string, number>();
  for (const day of a.learnerDays) perDay.set(day, (perDay.get(day) ?? 0) + 1);
  return [...perDay.entries()].map(([day, count]) => {
    const learners = count === 1 ? "1 learner" : `${count} learners`;
    return {
      uid: `${uidBase}-${day}@${UID_DOMAIN}`,
      day,
      summary: `${label} — due for ${learners} (${c.cohortName})`,
      description:
        `${dueByEndOf(c.cohortTimeZone)}\nDue some days after each learner joins ${c.cohortName}: ` +
        `this is the due day of ${learners}.\nThe cohort: ${url}`,
      url,
    };
  });
}

/** Every event of a person's calendar, in day order (then by UID, so the order is stable). */
export function calendarEvents(data: CalendarData): CalendarEvent[] {
  const events = [
    ...data.assignments.map((a) => ownAssignmentEvent(data, a)),
    ...data.lookBacks.map((l) => lookBackEvent(data, l)),
    ...data.facilitating.flatMap((c) => c.assignments.flatMap((a) => cohortAssignmentEvents(data, c, a))),
  ].filter((event) => parseDay(event.day) !== null);
  return events.sort((a, b) => a.day.localeCompare(b.day) || a.uid.localeCompare(b.uid));
}

type DateArray = [number, number, number];

function dateArray(day: string): DateArray {
  const parts = parseDay(day);
  if (!parts) throw new RangeError(`Not a calendar day: ${day}`);
  return [parts.year, parts.month, parts.date];
}

/**
 * The events as an iCalendar file. `now` is the DTSTAMP of every event (when
 * this copy was made). All-day: DTSTART;VALUE=DATE on the day and DTEND the
 * next day (exclusive, as RFC 5545 counts it); shown as free time.
 */
export function toIcs(events: CalendarEvent[], now: Date): string {
  const attributes = events.map((event): EventAttributes & { timestamp: number } => ({
    uid: event.uid,
    title: event.summary,
    description: event.description,
    url: event.url,
    start: dateArray(event.day),
    end: dateArray(addDays(event.day, 1)),
    transp: "TRANSPARENT",
    busyStatus: "FREE",
    timestamp: now.getTime(),
  }));
  const { error, value } = createEvents(attributes, { productId: PRODUCT_ID, calName: CALENDAR_NAME });
  if (error || value === null) throw error ?? new Error("The calendar could not be built.");
  return foldByOctets(value);
}

const MAX_LINE_OCTETS = 75;

/**
 * Folds every content line at 75 octets of UTF-8, as RFC 5545 §3.1 asks, never
 * inside a character. `ics` folds at 75 characters, so a line with a cohort
 * called "Équipe Zürich" or "東京チーム" came out longer than that.
 */
export function foldByOctets(text: string): string {
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n");
  return lines
    .map((line) => {
      if (Buffer.byteLength(line, "utf8") <= MAX_LINE_OCTETS) return line;
      const parts: string[] = [];
      let part = "";
      let octets = 0;
      // The first part has 75 octets to fill; each later one starts with the space that marks it.
      let room = MAX_LINE_OCTETS;
      for (const character of line) {
        const size = Buffer.byteLength(character, "utf8");
        if (octets + size > room) {
          parts.push(part);
          part = " ";
          octets = 1;
          room = MAX_LINE_OCTETS;
        }
        part += character;
        octets += size;
      }
      parts.push(part);
      return parts.join("\r\n");
    })
    .join("\r\n");
}

/** A person's whole calendar file. */
export function buildCalendar(data: CalendarData, now: Date): string {
  return toIcs(calendarEvents(data), now);
}
