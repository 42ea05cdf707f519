// The facilitator guide (/facilitator/guide): reached from the facilitator
// pages, with the workshop plan, the cohort plan, questions for every lesson
// of the course and what to do about a disclosure of harm; closed to learners
// and visitors, absent from every public page and browser script, readable on
// a phone and printable.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import {
  COHORT_WEEKS,
  DISCLOSURE,
  NO_NOTE_QUESTION,
  WORKSHOP_STEPS,
} from "../../app/(facilitator)/facilitator/guide/_content/guide";
import { loadCourse } from "../../lib/course/catalog";
import { analyseLessonFile } from "../../lib/course/lesson-analysis";
import { getPrompts } from "../../lib/course/prompts";
import { seedCohort } from "./support/cohorts";
import { expect, expectAccessible, test } from "./support/fixtures";

const course = loadCourse();
const GUIDE = "/facilitator/guide";

/** Words from the start of each lesson's first facilitator note, as the page shows them (or the stand-in). */
const expectedNote = new Map(
  course.lessons.map((lesson) => {
    const [first] = analyseLessonFile(lesson.file).facilitatorNotes.filter((n) => n.trim() !== "");
    const words = first?.replace(/[*_`]/g, "").split(/\s+/).slice(0, 6).join(" ");
    return [lesson.key, words ?? NO_NOTE_QUESTION] as const;
  }),
);

/**
 * Sentences only the guide holds, to look for where they must not be: plain
 * ASCII without quotes or ampersands, so HTML or JSON escaping can't hide one.
 */
const firstSentence = (text: string) => `${text.split(". ")[0]}.`;
const MARKERS = [
  firstSentence(DISCLOSURE.notTheTool),
  firstSentence(DISCLOSURE.inGroup),
  WORKSHOP_STEPS[3]!.youDo,
  COHORT_WEEKS[2]!.checkIn,
];

function section(page: Page, name: string) {
  return page.getByRole("region", { name });
}

async function checkBothSchemes(page: Page) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectAccessible(page);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

test.describe("the facilitator guide", () => {
  test("a facilitator finds it from their cohorts and reads every part of it", async ({ page, db, signedInAs }) => {
    const facilitator = await signedInAs("facilitator");
    const cohort = await seedCohort(db, facilitator, { name: "Night shift" });

    await page.goto("/facilitator");
    await page.getByRole("link", { name: "Read the facilitator guide" }).click();
    await expect(page).toHaveURL(GUIDE);
    await expect(page.getByRole("heading", { level: 1, name: "Facilitator guide" })).toBeVisible();
    const shown = await page.content();
    for (const marker of MARKERS) expect(shown, "the markers are the guide's").toContain(marker);

    // The course as it is now: every module with its minutes, every lesson linked.
    const overview = section(page, "How the course works for a group");
    await expect(overview).toContainText(
      `${course.modules.length} modules and ${course.lessons.length} lessons, about ${course.minutes} minutes`,
    );
    for (const mod of course.modules) {
      await expect(overview.getByRole("heading", { name: `Module ${mod.number}: ${mod.title}` })).toBeVisible();
    }
    await expect(overview.getByRole("link", { name: /^Lesson \d\.\d+: / })).toHaveCount(course.lessons.length);

    // The workshop: a table of timed steps adding up to 90 minutes.
    const workshop = page.getByRole("table", { name: "A 90-minute workshop" });
    await expect(workshop).toBeVisible();
    await expect(workshop.getByRole("columnheader")).toHaveText([
      "Minutes",
      "Activity",
      "What you do",
      "Lesson and prompt",
    ]);
    await expect(workshop.getByRole("rowheader")).toHaveText(WORKSHOP_STEPS.map((s) => s.activity));
    await expect(workshop.getByRole("row").nth(1)).toContainText("0–10");
    await expect(workshop).toContainText("90 minutes in all.");
    await expect(workshop.getByRole("link", { name: /What's your part\?/ })).toBeVisible();
    await expect(workshop.getByText(`Prompt: “${getPrompts().get("whats-your-part")!.prompt}”`)).toBeVisible();

    // The cohort plan: week by week, each module assigned with a due day.
    const weeks = section(page, "A four-week cohort")
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading") });
    await expect(weeks).toHaveCount(COHORT_WEEKS.length);
    for (const mod of course.modules) {
      const week = weeks.filter({ hasText: `Week ${mod.number}` });
      await expect(week.getByRole("link", { name: `Module ${mod.number}: ${mod.title}` })).toBeVisible();
      await expect(week).toContainText(`Day ${mod.number * 7}`);
      await expect(week).toContainText(`${mod.lessons.length} lessons, about ${mod.minutes} minutes`);
    }

    // Questions for every lesson of the course, under its title and linked to it.
    const discussion = section(page, "Discussion questions, lesson by lesson");
    await expect(discussion.getByRole("heading", { level: 4 })).toHaveCount(course.lessons.length);
    for (const lesson of course.lessons) {
      const item = discussion.locator(`[data-lesson-questions="${lesson.key}"]`);
      await expect(item.getByRole("link", { name: new RegExp(`: ${escapeRegExp(lesson.title)}$`) })).toHaveAttribute(
        "href",
        lesson.href,
      );
      await expect(item).toContainText(expectedNote.get(lesson.key)!);
    }

    // Disclosure of harm, and what a facilitator can and cannot see.
    const disclosure = section(page, "When someone tells you about harm");
    await expect(disclosure.getByText("Don't investigate it yourself.", { exact: false })).toBeVisible();
    await expect(disclosure).toContainText("Don't promise to keep it secret");
    await expect(disclosure).toContainText("employee assistance program");
    await expect(disclosure).toContainText("union or staff representative");
    await expect(disclosure.getByRole("heading", { name: "When this course is not the right tool" })).toBeVisible();
    const seeing = section(page, "What you can and can't see");
    await expect(seeing.getByRole("heading", { name: /^You can.t see$/ })).toBeVisible();
    await expect(seeing).toContainText("Private answers.");
    await expect(seeing).toContainText("no activity for 14 days");
    await checkBothSchemes(page);

    // And from a cohort's own pages.
    await page.goto(`/facilitator/cohorts/${cohort.id}`);
    await page.getByRole("link", { name: "Read the facilitator guide" }).click();
    await expect(page).toHaveURL(GUIDE);
    await expect(page.getByRole("heading", { level: 1, name: "Facilitator guide" })).toBeVisible();
  });

  test("an admin can read it too", async ({ page, signedInAs }) => {
    await signedInAs("admin");
    const response = await page.goto(GUIDE);
    expect(response?.status()).toBe(200);
    await expect(section(page, "When someone tells you about harm")).toBeVisible();
  });

  test("on a phone the workshop plan is a list of steps and nothing scrolls sideways", async ({ page, signedInAs }) => {
    await signedInAs("facilitator");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(GUIDE);
    await expect(page.getByRole("table", { name: "A 90-minute workshop" })).toBeHidden();
    const steps = page.getByRole("list", { name: "A 90-minute workshop" }).getByRole("listitem");
    await expect(steps).toHaveCount(WORKSHOP_STEPS.length);
    await expect(steps.first()).toContainText("Minutes 0–10 (10 min)");
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await checkBothSchemes(page);
  });

  test("it prints without the site around it, the workshop plan as a table that fits on a page", async ({
    page,
    signedInAs,
  }) => {
    await signedInAs("facilitator");
    // About the width of a Letter or A4 page inside its margins, at 96 dpi.
    await page.setViewportSize({ width: 700, height: 900 });
    await page.goto(GUIDE);
    await expect(page.getByRole("button", { name: "Print the guide" })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("navigation", { name: "On this page" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Print the guide" })).toBeHidden();
    await expect(page.getByRole("contentinfo")).toBeHidden();
    await expect(page.getByRole("table", { name: "A 90-minute workshop" })).toBeVisible();
    const box = await page.locator("#workshop").boundingBox();
    // A Letter page is 11 in tall; less 2 × 15 mm of margin that leaves about 940 px.
    expect(box?.height).toBeLessThan(940);
    await page.emulateMedia({ media: "screen" });
  });

  test("learners and visitors can't open it", async ({ page, request, signedInAs }) => {
    const anonymous = await request.get(GUIDE, { maxRedirects: 0 });
    expect(anonymous.status()).toBe(307);
    expect(anonymous.headers()["location"]).toContain(`/sign-in?redirectTo=${encodeURIComponent(GUIDE)}`);

    await signedInAs("learner");
    const response = await page.goto(GUIDE);
    expect(response?.status()).toBe(403);
    for (const marker of MARKERS) expect(await response?.text()).not.toContain(marker);
    await page.goto("/dashboard");
    await expect(page.getByRole("link", { name: /facilitator guide/i })).toHaveCount(0);
  });
});

test("none of the guide is in a page built ahead or in a script sent to browsers", () => {
  for (const marker of MARKERS) expect(marker).toMatch(/^[\x20-\x7e]+$/);
  for (const marker of MARKERS) expect(marker).not.toMatch(/["'&<>]/);
  const root = path.resolve(import.meta.dirname, "..", "..");
  const dist = path.join(root, process.env.NEXT_DIST_DIR || ".next");
  const files = (dir: string, ends: string[]) =>
    existsSync(dir)
      ? (readdirSync(dir, { recursive: true }) as string[])
          .filter((f) => ends.some((end) => f.endsWith(end)))
          .map((f) => path.join(dir, f))
      : [];
  const built = files(path.join(dist, "server", "app"), [".html", ".rsc", ".body"]);
  const scripts = files(path.join(dist, "static"), [".js"]);
  // The lessons and the about page are built ahead, as the public sees them.
  for (const page of ["about", ...course.lessons.map((l) => path.join("learn", l.key))]) {
    expect(built, page).toContain(path.join(dist, "server", "app", `${page}.html`));
  }
  expect(scripts.length).toBeGreaterThan(0);
  // The guide itself is made per request, for the person asking.
  expect(built.some((f) => f.includes(`facilitator${path.sep}guide`))).toBe(false);
  for (const file of [...built, ...scripts]) {
    const text = readFileSync(file, "utf8");
    for (const marker of MARKERS) {
      expect(text.includes(marker), `${path.relative(root, file)} holds guide text`).toBe(false);
    }
  }
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
