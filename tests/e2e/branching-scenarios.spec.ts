// A scenario's choice can lead to a second decision, "What happens next"
// (issue 14; decision 036). It shows under the outcome of that choice only,
// works by keyboard, is remembered for a signed-in learner like the first
// choice and shown again on return, and is listed under its choice on paper.
// The scenario is the course's first one that branches, read from the lesson
// source, so the test follows the wording wherever it changes.
import type { Locator, Page } from "@playwright/test";
import { loadCourse } from "../../lib/course/catalog";
import { analyseLessonFile } from "../../lib/course/lesson-analysis";
import { followUpId, type ScenarioRating } from "../../lib/course/schemas";
import { expect, expectAccessible, test } from "./support/fixtures";

// The words a learner reads for each rating (components/course/scenario.tsx).
const RATING_WORDS: Record<ScenarioRating, string> = {
  strong: "A strong choice.",
  partial: "Helps a little.",
  none: "Doesn't fix it.",
  worse: "Likely to make it worse.",
};

const { lesson, scenario, branch } = (() => {
  for (const lesson of loadCourse().lessons) {
    for (const scenario of analyseLessonFile(lesson.file).scenarios) {
      const branch = scenario.choices.findIndex((choice) => choice.then);
      if (branch >= 0) return { lesson, scenario, branch };
    }
  }
  throw new Error("No scenario in the course branches into a second decision.");
})();
const first = scenario.choices[branch]!;
const next = first.then!;
// Another first choice (one that leads nowhere further, if there is one), and the follow-up's first two choices.
const plain = [...scenario.choices.keys()]
  .filter((i) => i !== branch)
  .sort((a, b) => Number(!!scenario.choices[a]!.then) - Number(!!scenario.choices[b]!.then))[0]!;
const other = scenario.choices[plain]!;
const nextA = next.choices[0]!;
const nextB = next.choices[1]!;

const scenarioBox = (page: Page) => page.getByRole("group", { name: "Scenario" }).filter({ hasText: scenario.title });
const firstAsk = (page: Page) => scenarioBox(page).getByRole("radiogroup", { name: "What would you do?" });
const nextBox = (page: Page) => scenarioBox(page).getByRole("group", { name: "What happens next" });
/** The status region that says how a decision went: the first inside the box given, the box's own. */
const statusOf = (box: Locator) => box.getByRole("status").first();

/** The next step under the first decision is the chosen option's own, or there is none. */
async function expectNextStepOf(page: Page, choice: (typeof scenario.choices)[number]): Promise<void> {
  if (choice.then) await expect(nextBox(page).getByText(choice.then.situation)).toBeVisible();
  else await expect(nextBox(page)).toHaveCount(0);
}

async function openLesson(page: Page): Promise<void> {
  await page.goto(lesson.href);
  await expect(page.getByRole("button", { name: "Mark as complete" })).toBeEnabled();
}

test("a choice that branches leads to a second decision, remembered and shown again on return", async ({
  page,
  signedInAs,
  db,
}) => {
  const learner = await signedInAs("learner");
  const rows = () =>
    db.checkChoice.findMany({
      where: { userId: learner.id, lessonKey: lesson.key },
      select: { itemId: true, chosen: true },
      orderBy: { itemId: "asc" },
    });
  await openLesson(page);

  // Another choice: its outcome, and its own next step or none.
  await firstAsk(page).getByRole("radio", { name: other.label }).check();
  await expect(statusOf(scenarioBox(page))).toContainText(RATING_WORDS[other.rating]);
  await expectNextStepOf(page, other);

  // The choice that branches: its outcome says there is more, and the next step appears below it.
  await firstAsk(page).getByRole("radio", { name: first.label }).check();
  await expect(statusOf(scenarioBox(page))).toContainText(RATING_WORDS[first.rating]);
  await expect(statusOf(scenarioBox(page))).toContainText(first.outcome);
  await expect(statusOf(scenarioBox(page))).toContainText("This choice leads to a next step, below.");
  await expect(nextBox(page)).toBeVisible();
  await expect(nextBox(page).getByText(next.situation)).toBeVisible();
  const nextAsk = nextBox(page).getByRole("radiogroup", { name: "What would you do now?" });
  await expect(nextAsk.getByRole("radio")).toHaveCount(next.choices.length);
  await expect(statusOf(nextBox(page))).toHaveText("Choose an option to see how it would likely go.");

  // By keyboard: Tab from the first decision reaches the next step's radios; arrows choose.
  await firstAsk(page).getByRole("radio", { name: first.label }).focus();
  await page.keyboard.press("Tab");
  await expect(nextAsk.getByRole("radio", { name: nextA.label })).toBeFocused();
  await page.keyboard.press("Space");
  await expect(statusOf(nextBox(page))).toContainText(RATING_WORDS[nextA.rating]);
  await expect(statusOf(nextBox(page))).toContainText(nextA.outcome);
  await page.keyboard.press("ArrowDown");
  await expect(nextAsk.getByRole("radio", { name: nextB.label })).toBeChecked();
  await expect(statusOf(nextBox(page))).toContainText(nextB.why);
  await expect.poll(rows).toEqual([
    { itemId: scenario.id, chosen: branch },
    { itemId: followUpId(scenario.id, branch), chosen: 1 },
  ]);

  // Coming back: both choices, both outcomes, each said to be from an earlier visit.
  await openLesson(page);
  await expect(firstAsk(page).getByRole("radio", { name: first.label })).toBeChecked();
  await expect(nextBox(page).getByRole("radio", { name: nextB.label })).toBeChecked();
  await expect(statusOf(nextBox(page))).toContainText(nextB.outcome);
  await expect(scenarioBox(page).getByText("Your choice from an earlier visit.", { exact: false })).toHaveCount(2);

  // Another first choice shows its own next step, or none; going back shows this one with its choice.
  await firstAsk(page).getByRole("radio", { name: other.label }).check();
  await expectNextStepOf(page, other);
  await firstAsk(page).getByRole("radio", { name: first.label }).check();
  await expect(nextBox(page).getByRole("radio", { name: nextB.label })).toBeChecked();
  await expect.poll(rows).toEqual([
    { itemId: scenario.id, chosen: branch },
    { itemId: followUpId(scenario.id, branch), chosen: 1 },
  ]);

  // On paper: every choice with its rating, and the next step listed under its choice.
  await page.emulateMedia({ media: "print" });
  const printed = scenarioBox(page).locator("ol").first();
  await expect(nextBox(page)).toBeHidden();
  const branchItem = printed.locator(":scope > li").nth(branch);
  await expect(branchItem).toContainText(first.label);
  await expect(branchItem).toContainText(`What happens next: ${next.situation}`);
  for (const choice of next.choices) await expect(branchItem).toContainText(choice.label);
  if (!other.then) await expect(printed.locator(":scope > li").nth(plain)).not.toContainText("What happens next");
  await page.emulateMedia({ media: "screen" });
  // Both decisions and their outcomes on screen, in the dark theme too (axe runs in light at the end).
  await page.emulateMedia({ colorScheme: "dark" });
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: "light" });
});

test("a signed-out reader can follow the branch; nothing is stored", async ({ page, db }) => {
  const before = await db.checkChoice.count();
  await page.goto(lesson.href);
  await expect(page.getByRole("link", { name: "create an account" })).toBeVisible();
  await firstAsk(page).getByRole("radio", { name: first.label }).check();
  await nextBox(page).getByRole("radio", { name: next.choices[0]!.label }).check();
  await expect(statusOf(nextBox(page))).toContainText(RATING_WORDS[next.choices[0]!.rating]);
  await page.reload();
  await expect(page.getByRole("link", { name: "create an account" })).toBeVisible();
  await expect(nextBox(page)).toHaveCount(0);
  expect(await db.checkChoice.count()).toBe(before);
});
