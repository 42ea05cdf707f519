import { describe, expect, it } from "vitest";
import { loadCourse } from "../course/catalog";
import type { AssignmentView } from "./assignments";
import { arrangeLearners, attentionCounts, buildGrid, type LessonRow, type Member } from "./grid";

const course = loadCourse();
const [m1, m2] = course.modules;
if (!m1 || !m2) throw new Error("The course needs two modules for these tests.");
const lessonsOf = (m: typeof m1) => m.lessons.map((l) => l.key);

const now = new Date("2026-12-10T12:00:00Z");
const day = (iso: string) => new Date(iso);
const member = (id: string, name: string, joinedAt = day("2026-11-20T09:00:00Z")): Member => ({
  id,
  name,
  email: `${id}@example.org`,
  joinedAt,
});
const done = (userId: string, lessonKey: string, at: string): LessonRow => ({
  userId,
  lessonKey,
  completedAt: day(at),
  lastVisitedAt: day(at),
});
const visited = (userId: string, lessonKey: string, at: string): LessonRow => ({
  userId,
  lessonKey,
  completedAt: null,
  lastVisitedAt: day(at),
});
const assigned = (m: typeof m1, dueDate: string | null, days: number | null = null): AssignmentView => ({
  id: `a-${m.slug}`,
  moduleSlug: m.slug,
  moduleTitle: m.title,
  moduleNumber: m.number,
  dueDate,
  dueDaysAfterJoin: days,
});

function grid(members: Member[], progress: LessonRow[], assignments: AssignmentView[], zone = "UTC") {
  return buildGrid({
    course,
    timeZone: zone,
    cohortCreatedAt: day("2026-11-16T08:00:00Z"),
    assignments,
    members,
    progress,
    now,
  });
}

describe("the lesson-by-lesson grid", () => {
  it("gives every lesson a state, with the day it was completed, and overdue once the module's day has passed", () => {
    const [l1, l2, l3] = lessonsOf(m1);
    const g = grid(
      [member("ana", "Ana")],
      [done("ana", l1!, "2026-11-25T10:00:00Z"), visited("ana", l2!, "2026-12-01T10:00:00Z")],
      [assigned(m1, "2026-12-05")],
    );
    const ana = g.learners[0]!;
    expect(ana.lessons.slice(0, 3).map((c) => c.state)).toEqual(["done", "overdue", "overdue"]);
    expect(ana.lessons[0]?.completedAt?.toISOString()).toBe("2026-11-25T10:00:00.000Z");
    // Unassigned modules are never overdue.
    expect(ana.lessons.slice(3).every((c) => c.state === "not-started")).toBe(true);
    expect(ana.lessonsDone).toBe(1);
    expect(ana.attention.map((a) => a.kind)).toEqual(["overdue"]);
    expect(l3).toBeDefined();
  });

  it("marks in progress a lesson opened but not finished while nothing is due", () => {
    const [l1] = lessonsOf(m2);
    const g = grid([member("ben", "Ben")], [visited("ben", l1!, "2026-12-09T10:00:00Z")], []);
    const first = g.lessons.findIndex((l) => l.key === l1);
    expect(g.learners[0]?.lessons[first]?.state).toBe("in-progress");
    expect(g.learners[0]?.attention).toEqual([]);
  });

  it("needs attention: overdue, not started with the due day near, or quiet for 14 days", () => {
    const g = grid(
      [
        member("cy", "Cy"),
        member("dee", "Dee", day("2026-12-09T09:00:00Z")),
        member("eve", "Eve", day("2026-12-09T09:00:00Z")),
      ],
      [visited("eve", lessonsOf(m2)[0]!, "2026-12-09T10:00:00Z")],
      [assigned(m2, "2026-12-12")],
    );
    const by = new Map(g.learners.map((l) => [l.name, l.attention.map((a) => a.text)]));
    // Cy joined 20 days ago and has done nothing: quiet, and module 2 is due in two days untouched.
    expect(by.get("Cy")).toEqual(["Due soon, not started: module 2", "No activity since joining 20 days ago"]);
    expect(by.get("Dee")).toEqual(["Due soon, not started: module 2"]);
    // Eve has started: due soon is not a late start.
    expect(by.get("Eve")).toEqual([]);
    expect(attentionCounts(g)).toEqual({ overdue: 0, attention: 2 });
  });

  it("does not call someone quiet who has finished what was assigned", () => {
    const keys = lessonsOf(m1);
    const g = grid(
      [member("fay", "Fay")],
      keys.map((k) => done("fay", k, "2026-11-21T10:00:00Z")),
      [assigned(m1, "2026-12-05")],
    );
    expect(g.learners[0]?.attention).toEqual([]);
    expect(g.completion[0]).toMatchObject({ done: 1, of: 1, percent: 100 });
  });

  it("counts each module as complete, in progress or not started", () => {
    const keys = lessonsOf(m1);
    const g = grid(
      [member("a", "A"), member("b", "B"), member("c", "C")],
      [...keys.map((k) => done("a", k, "2026-11-21T10:00:00Z")), visited("b", keys[1]!, "2026-11-22T10:00:00Z")],
      [],
    );
    expect(g.modules[0]).toMatchObject({ number: m1.number, done: 1, inProgress: 1, notStarted: 1 });
    expect(g.modules[1]).toMatchObject({ done: 0, inProgress: 0, notStarted: 3 });
  });

  it("counts completions per week from the day the cohort began, by the days of the cohort's zone", () => {
    const [l1, l2, l3] = lessonsOf(m1);
    const rows = [
      done("a", l1!, "2026-11-16T09:00:00Z"), // week 1 (Nov 16–22)
      done("a", l2!, "2026-11-22T23:30:00Z"), // 23:30 UTC on the 22nd: week 1 in UTC, the 23rd (week 2) in Tokyo
      done("a", l3!, "2026-12-08T09:00:00Z"), // week 4
      done("stranger", l1!, "2026-11-17T09:00:00Z"), // not a member: not counted
    ];
    const utc = grid([member("a", "A")], rows, []);
    expect(utc.weekly).toEqual([
      { start: "2026-11-16", completions: 2 },
      { start: "2026-11-23", completions: 0 },
      { start: "2026-11-30", completions: 0 },
      { start: "2026-12-07", completions: 1 },
    ]);
    const tokyo = grid([member("a", "A")], rows, [], "Asia/Tokyo");
    expect(tokyo.weekly.map((w) => w.completions)).toEqual([1, 1, 0, 1]);
  });

  it("sorts by name, by progress (least first) and by last activity (longest ago first), and filters to attention", () => {
    const keys = lessonsOf(m1);
    const g = grid(
      [member("z", "Zoe"), member("y", "Yan"), member("x", "Xia")],
      [
        done("z", keys[0]!, "2026-12-09T10:00:00Z"),
        done("z", keys[1]!, "2026-12-09T11:00:00Z"),
        done("x", keys[0]!, "2026-11-21T10:00:00Z"),
      ],
      [assigned(m1, "2026-12-05")],
    );
    expect(arrangeLearners(g.learners, "name", false).map((l) => l.name)).toEqual(["Xia", "Yan", "Zoe"]);
    expect(arrangeLearners(g.learners, "progress", false).map((l) => l.name)).toEqual(["Yan", "Xia", "Zoe"]);
    expect(arrangeLearners(g.learners, "activity", false).map((l) => l.name)).toEqual(["Yan", "Xia", "Zoe"]);
    expect(arrangeLearners(g.learners, "name", true).map((l) => l.name)).toEqual(["Xia", "Yan", "Zoe"]);
  });
});
