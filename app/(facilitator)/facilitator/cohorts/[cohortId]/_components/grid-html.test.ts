import { describe, expect, it } from "vitest";
import { loadCourse } from "@/lib/course/catalog";
import type { AssignmentView } from "@/lib/cohorts/assignments";
import { buildGrid, type LessonRow, type Member } from "@/lib/cohorts/grid";
import { learnerCardsHtml, lessonTableHtml } from "./grid-html";

const course = loadCourse();
const [m1, m2] = course.modules;
if (!m1 || !m2) throw new Error("The course needs two modules for these tests.");
const now = new Date("2026-12-10T12:00:00Z");
const member = (id: string, name: string): Member => ({
  id,
  name,
  email: `${id}@example.org`,
  joinedAt: new Date("2026-11-20T09:00:00Z"),
});
const assignment: AssignmentView = {
  id: "a-1",
  moduleSlug: m1.slug,
  moduleTitle: m1.title,
  moduleNumber: m1.number,
  dueDate: "2026-12-05",
  dueDaysAfterJoin: null,
};
const hostile = `<img src=x onerror="alert(1)"> & 'Zoë'`;
const progress = buildGrid({
  course,
  timeZone: "UTC",
  cohortCreatedAt: new Date("2026-11-16T08:00:00Z"),
  assignments: [assignment],
  members: [member("ana", "Ana Lima"), member("u/1?x", hostile)],
  progress: [
    { userId: "ana", lessonKey: m1.lessons[0]!.key, completedAt: now, lastVisitedAt: now },
    { userId: "ana", lessonKey: m1.lessons[1]!.key, completedAt: null, lastVisitedAt: now },
  ] satisfies LessonRow[],
  now,
});
const input = { cohortId: "c 1", progress, learners: progress.learners, readerZone: "UTC" };

describe("the overview's grid as markup", () => {
  it("never lets a learner's name become markup, in the table or the cards", () => {
    for (const out of [lessonTableHtml(input).html, learnerCardsHtml(input).html]) {
      expect(out).not.toContain("<img");
      expect(out).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;Zoë&#39;");
      // The learner's page, with their id made safe for an address.
      expect(out).toContain("href='/facilitator/cohorts/c%201/learners/u%2F1%3Fx'");
    }
  });

  it("gives each learner a row: a header with their standing, then each lesson's state in course order", () => {
    const out = lessonTableHtml(input).html;
    expect(out.match(/<tr><th scope='row'>/g)).toHaveLength(2);
    expect(out.match(/<td data-state=/g)).toHaveLength(2 * course.lessons.length);
    const ana = out.slice(out.indexOf("Ana Lima"), out.indexOf("</tr>", out.indexOf("Ana Lima")));
    const lessons = course.lessons.length;
    expect(ana).toContain(`<span>1 of ${lessons} lessons · active Dec 10</span>`);
    expect(ana).toContain(
      "<td data-state='done'>Complete<time datetime='2026-12-10T12:00:00.000Z' title='December 10, 2026'>Dec 10</time></td>" +
        // Opened but not finished, in a module past its due day: overdue.
        "<td data-state='overdue'>Overdue</td><td data-state='overdue'>Overdue</td>" +
        "<td data-state='not-started' data-first>Not started</td>",
    );
    // Module 1 was due on December 5: both learners are told so.
    expect(out.match(/<strong>Overdue: module 1/g)).toHaveLength(2);
    expect(out).toContain(`Module 1: ${m1.title}<span>Due Dec 5</span>`);
    expect(out).toContain(`<span class='sr-only'>Lesson 2.1: `);
  });

  it("gives each learner a card named after them, with a line per module", () => {
    const out = learnerCardsHtml(input).html;
    expect(out.match(/<article aria-labelledby='card-/g)).toHaveLength(2);
    expect(out).toContain(`<h3 id='card-ana'><a href='/facilitator/cohorts/c%201/learners/ana'>Ana Lima</a></h3>`);
    expect(out).toContain(`1 of ${course.lessons.length} lessons complete · last active Dec 10`);
    expect(out).toContain(
      "<i data-state='done'>✓</i><i data-state='overdue'>!</i><i data-state='overdue'>!</i></span><span>1 complete, 2 overdue</span>",
    );
    expect(out).toContain("<span>4 not started</span>");
    expect(out).toContain("<li><span aria-hidden='true'>!</span>Overdue: module 1</li>");
  });
});
