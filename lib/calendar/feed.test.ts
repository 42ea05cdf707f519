import { describe, expect, it } from "vitest";
import { parseIcs, unescapeText, unfold } from "../../tests/setup/ics";
import { buildCalendar, calendarEvents, type CalendarData } from "./feed";

const NOW = new Date("2026-11-30T08:00:00Z");
const ORIGIN = "https://course.example.org";

function data(overrides: Partial<CalendarData> = {}): CalendarData {
  return {
    userId: "user-1",
    timeZone: "Europe/Berlin",
    origin: ORIGIN,
    assignments: [],
    lookBacks: [],
    facilitating: [],
    ...overrides,
  };
}

const tokyo = {
  assignmentId: "asg-tokyo",
  cohortName: "Team Tokyo",
  cohortTimeZone: "Asia/Tokyo",
  moduleNumber: 2,
  moduleTitle: "Check yourself first",
  href: "/learn/check-yourself-first",
  day: "2026-12-04",
};

describe("a learner's calendar", () => {
  it("puts a due date on its day as an all-day DATE event, naming the cohort's zone", () => {
    const ics = buildCalendar(data({ assignments: [tokyo] }), NOW);
    const { calendar, events } = parseIcs(ics);
    expect(calendar.find((l) => l.name === "X-WR-CALNAME")?.value).toBe("It Takes Two: due dates");
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event.get("DTSTART")).toEqual({ name: "DTSTART", params: { VALUE: "DATE" }, value: "20261204" });
    expect(event.get("DTEND")).toEqual({ name: "DTEND", params: { VALUE: "DATE" }, value: "20261205" });
    expect(unescapeText(event.get("SUMMARY")!.value)).toBe("Module 2: Check yourself first — due (Team Tokyo)");
    expect(unescapeText(event.get("DESCRIPTION")!.value)).toContain("Due by the end of the day, Asia/Tokyo time.");
    expect(event.get("URL")?.value).toBe(`${ORIGIN}/learn/check-yourself-first`);
    expect(event.get("UID")?.value).toBe("assignment-asg-tokyo-user-1@ittakestwo");
    expect(event.get("TRANSP")?.value).toBe("TRANSPARENT");
  });

  it("keeps the cohort's calendar day whatever the zone: Tokyo and Los Angeles each on their own day", () => {
    const la = {
      ...tokyo,
      assignmentId: "asg-la",
      cohortName: "Team LA",
      cohortTimeZone: "America/Los_Angeles",
      day: "2026-12-03",
    };
    const { events } = parseIcs(buildCalendar(data({ assignments: [tokyo, la] }), NOW));
    const byUid = new Map(events.map((e) => [e.get("UID")!.value, e]));
    expect(byUid.get("assignment-asg-tokyo-user-1@ittakestwo")?.get("DTSTART")?.value).toBe("20261204");
    expect(byUid.get("assignment-asg-la-user-1@ittakestwo")?.get("DTSTART")?.value).toBe("20261203");
    expect(unescapeText(byUid.get("assignment-asg-la-user-1@ittakestwo")!.get("DESCRIPTION")!.value)).toContain(
      "America/Los Angeles time",
    );
    // No timed value anywhere: nothing a calendar could move to another day.
    const dates = events.flatMap((e) => e.lines).filter((l) => l.name === "DTSTART" || l.name === "DTEND");
    expect(dates.map((l) => l.params.VALUE)).toEqual(["DATE", "DATE", "DATE", "DATE"]);
  });

  it("gives each event the same UID every time, and a different one per person", () => {
    const once = calendarEvents(data({ assignments: [tokyo] }));
    const again = calendarEvents(data({ assignments: [{ ...tokyo, day: "2026-12-10" }] }));
    expect(again.map((e) => e.uid)).toEqual(once.map((e) => e.uid));
    const someoneElse = calendarEvents(data({ userId: "user-2", assignments: [tokyo] }));
    expect(someoneElse[0]!.uid).not.toBe(once[0]!.uid);
    // The whole file is the same for the same data and time.
    expect(buildCalendar(data({ assignments: [tokyo] }), NOW)).toBe(buildCalendar(data({ assignments: [tokyo] }), NOW));
  });

  it("escapes commas, semicolons, backslashes and newlines in names, and folds long lines", () => {
    const awkward = "Ops, Sales; and \\ Support\nNorth";
    const { events } = parseIcs(buildCalendar(data({ assignments: [{ ...tokyo, cohortName: awkward }] }), NOW));
    const summary = events[0]!.get("SUMMARY")!.value;
    expect(summary).toContain("Ops\\, Sales\\; and \\\\ Support\\nNorth");
    expect(unescapeText(summary)).toBe(`Module 2: Check yourself first — due (${awkward})`);
    const ics = buildCalendar(
      data({ assignments: [{ ...tokyo, cohortName: "A very long cohort name ".repeat(6) }] }),
      NOW,
    );
    // Lines are folded at 75 octets (RFC 5545 §3.1), which for plain ASCII is 75 characters.
    for (const line of ics.split("\r\n")) expect([...line].length).toBeLessThanOrEqual(75);
    expect(
      unfold(ics).some((line) => line.startsWith("SUMMARY:") && line.includes("A very long cohort name A very")),
    ).toBe(true);
  });

  it("folds at 75 octets, never inside a character, whatever the cohort's name is written in", () => {
    for (const name of [
      "Équipe Zürich – Öffnungszeiten ".repeat(4),
      "東京チームの信頼を取り戻す".repeat(3),
      "Team 🤝 ".repeat(12),
    ]) {
      const ics = buildCalendar(data({ assignments: [{ ...tokyo, cohortName: name }] }), NOW);
      const lines = ics.split("\r\n");
      expect(lines.some((line) => line.startsWith(" "))).toBe(true);
      for (const line of lines) {
        expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
        // No character was cut in two: each line is whole UTF-8 on its own.
        expect(Buffer.from(line, "utf8").toString("utf8")).toBe(line);
        expect(line).not.toContain("\uFFFD");
      }
      const summary = parseIcs(ics).events[0]!.get("SUMMARY")!.value;
      expect(unescapeText(summary)).toBe(`Module 2: Check yourself first — due (${name})`);
    }
  });

  it("puts a look-back on its day with the course's question and a link, and never an answer", () => {
    const { events } = parseIcs(
      buildCalendar(
        data({
          lookBacks: [
            { id: "lb-1", day: "2027-01-15", question: "What's your part?", href: "/journal/look-back/lb-1" },
            { id: "lb-2", day: "2027-02-01", question: null, href: "/journal/look-back/lb-2" },
          ],
        }),
        NOW,
      ),
    );
    expect(events.map((e) => e.get("DTSTART")?.value)).toEqual(["20270115", "20270201"]);
    expect(unescapeText(events[0]!.get("SUMMARY")!.value)).toBe("Look back: “What's your part?”");
    expect(unescapeText(events[0]!.get("DESCRIPTION")!.value)).toContain("Europe/Berlin time");
    expect(events[0]!.get("URL")?.value).toBe(`${ORIGIN}/journal/look-back/lb-1`);
    expect(events[0]!.get("UID")?.value).toBe("look-back-lb-1@ittakestwo");
    expect(unescapeText(events[1]!.get("SUMMARY")!.value)).toBe("Look back at one of your answers");
  });

  it("is a valid calendar with no events when nothing is due", () => {
    const ics = buildCalendar(data(), NOW);
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(parseIcs(ics).events).toEqual([]);
  });
});

describe("a facilitator's calendar", () => {
  const cohort = {
    cohortId: "c1",
    cohortName: "Team Tokyo",
    cohortTimeZone: "Asia/Tokyo",
    href: "/facilitator/cohorts/c1",
  };

  it("has one event for a fixed due date, and one per day for 'days after joining', with how many learners", () => {
    const events = calendarEvents(
      data({
        facilitating: [
          {
            ...cohort,
            assignments: [
              { assignmentId: "a1", moduleNumber: 1, moduleTitle: "Trust", dueDate: "2026-12-04", learnerDays: [] },
              {
                assignmentId: "a2",
                moduleNumber: 2,
                moduleTitle: "Check yourself first",
                dueDate: null,
                learnerDays: ["2026-12-10", "2026-12-08", "2026-12-10", "2026-12-10"],
              },
            ],
          },
        ],
      }),
    );
    expect(events.map((e) => [e.day, e.summary, e.uid])).toEqual([
      ["2026-12-04", "Module 1: Trust — due (Team Tokyo)", "cohort-assignment-a1-user-1@ittakestwo"],
      [
        "2026-12-08",
        "Module 2: Check yourself first — due for 1 learner (Team Tokyo)",
        "cohort-assignment-a2-user-1-2026-12-08@ittakestwo",
      ],
      [
        "2026-12-10",
        "Module 2: Check yourself first — due for 3 learners (Team Tokyo)",
        "cohort-assignment-a2-user-1-2026-12-10@ittakestwo",
      ],
    ]);
    expect(events[0]!.url).toBe(`${ORIGIN}/facilitator/cohorts/c1`);
    expect(events[0]!.description).toContain("Due by the end of the day, Asia/Tokyo time.");
  });
});
