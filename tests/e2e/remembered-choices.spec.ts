// A signed-in learner's tries in a knowledge check and choice in a scenario
// are kept and shown again when they come back (issue 12; decision 032);
// a signed-out reader's stay on the page and nowhere else. Driven by labels
// and roles; the database is asked what it holds.
import type { Page } from "@playwright/test";
import { loadCourse } from "../../lib/course/catalog";
import { expect, test } from "./support/fixtures";

// content/modules/03-own-your-part/03-it-takes-two.mdx: a scenario and a check on one page.
const lesson = loadCourse().lessons.find((l) => l.key === "own-your-part/it-takes-two")!;
const check = {
  id: "why-start-with-your-part",
  wrong: "Because it proves you were the one mostly at fault.",
  right: "Because it gives them less to defend.",
};
const scenario = {
  id: "opening-the-conversation",
  strong:
    "Say your unit missed two planning meetings and you should have sent someone, then ask how the rollout looked from his side.",
};

const checkGroup = (page: Page) => page.getByRole("group", { name: "Check your understanding" });
const scenarioGroup = (page: Page) => page.getByRole("group", { name: "Scenario" });

/** The lesson, once the learner's own state has arrived (its progress box offers to mark it complete). */
async function openLesson(page: Page): Promise<void> {
  await page.goto(lesson.href);
  await expect(page.getByRole("button", { name: "Mark as complete" })).toBeEnabled();
}

test.describe("remembered choices", () => {
  test("a signed-in learner finds their tries and their scenario choice again after a reload", async ({
    page,
    signedInAs,
    db,
  }) => {
    const learner = await signedInAs("learner");
    const rows = () =>
      db.checkChoice.findMany({
        where: { userId: learner.id, lessonKey: lesson.key },
        select: { itemId: true, kind: true, tried: true, finish: true, chosen: true },
        orderBy: { itemId: "asc" },
      });

    await openLesson(page);
    // A first visit: nothing remembered, nothing said about earlier visits.
    await expect(checkGroup(page).getByText("Not quite.")).toHaveCount(0);
    await expect(page.getByText(/earlier visit/)).toHaveCount(0);

    // A wrong try, kept.
    await checkGroup(page).getByRole("radio", { name: check.wrong }).check();
    await checkGroup(page).getByRole("button", { name: "Check answer" }).click();
    await expect(checkGroup(page).getByRole("status")).toHaveText(/^Not this one\./);
    await expect.poll(rows).toEqual([{ itemId: check.id, kind: "check", tried: "0", finish: null, chosen: null }]);

    // Coming back: the try is still marked and explained, and the learner can go on.
    await openLesson(page);
    await expect(checkGroup(page).getByText("Your tries from an earlier visit are marked.")).toBeVisible();
    await expect(checkGroup(page).getByText("Not quite.")).toHaveCount(1);
    await expect(checkGroup(page).getByRole("radio", { name: check.wrong })).toHaveAccessibleDescription(
      /^Not quite\./,
    );
    await expect(checkGroup(page).getByText("Best answer.")).toHaveCount(0);
    await checkGroup(page).getByRole("radio", { name: check.wrong }).check();
    await checkGroup(page).getByRole("button", { name: "Check answer" }).click();
    await expect(checkGroup(page).getByRole("status")).toHaveText(
      "You've tried that one already. Choose a different answer.",
    );
    await checkGroup(page).getByRole("radio", { name: check.right }).check();
    await checkGroup(page).getByRole("button", { name: "Check answer" }).click();
    await expect(checkGroup(page).getByRole("status")).toHaveText("Yes, you found it! Every option now shows why.");
    // The note about the earlier visit gives way to what happened on this one.
    await expect(checkGroup(page).getByText(/earlier visit/)).toHaveCount(0);

    // A scenario choice, changed once: the last one is kept.
    await scenarioGroup(page).getByRole("radio").first().check();
    await scenarioGroup(page).getByRole("radio", { name: scenario.strong }).check();
    await expect(scenarioGroup(page).getByRole("status").first()).toContainText("A strong choice.");
    await expect.poll(rows).toEqual([
      { itemId: scenario.id, kind: "scenario", tried: "", finish: null, chosen: 1 },
      { itemId: check.id, kind: "check", tried: "0", finish: "found", chosen: null },
    ]);

    // Coming back again: the check is finished, every explanation open; the scenario's outcome shows.
    await openLesson(page);
    const checkBox = checkGroup(page);
    await expect(checkBox.getByText("You found the answer on an earlier visit.")).toBeVisible();
    await expect(checkBox.getByText("Best answer.")).toHaveCount(1);
    await expect(checkBox.getByText("Not quite.")).toHaveCount(2);
    await expect(checkBox.getByRole("radio", { name: check.right })).toBeChecked();
    await expect(checkBox.getByRole("radio", { name: check.right })).toHaveAccessibleDescription(/^Best answer\./);
    await expect(checkBox.getByRole("button")).toHaveCount(0);
    const scenarioBox = scenarioGroup(page);
    await expect(scenarioBox.getByRole("radio", { name: scenario.strong })).toBeChecked();
    await expect(scenarioBox.getByRole("status").first()).toContainText("A strong choice.");
    await expect(scenarioBox.getByText("Your choice from an earlier visit.", { exact: false })).toBeVisible();
  });

  test("a try that can't be saved says so, stays on the page, and goes with the next save", async ({
    page,
    signedInAs,
    db,
  }) => {
    const learner = await signedInAs("learner");
    await openLesson(page);
    // The connection drops for saves of choices (the lesson's own state has arrived already).
    const dropSaves = (route: Parameters<Parameters<Page["route"]>[1]>[0]) =>
      route.request().method() === "POST" && route.request().postData()?.includes('"itemId"')
        ? route.abort("internetdisconnected")
        : route.continue();
    await page.route(lesson.href, dropSaves);

    await checkGroup(page).getByRole("radio", { name: check.wrong }).check();
    await checkGroup(page).getByRole("button", { name: "Check answer" }).click();
    await expect(
      checkGroup(page).getByText("This try couldn't be saved to your account just now; it still counts here."),
    ).toBeVisible();
    await expect(checkGroup(page).getByText("Not quite.")).toHaveCount(1);
    expect(await db.checkChoice.count({ where: { userId: learner.id } })).toBe(0);

    // Back online: the next save carries the earlier try too.
    await page.unroute(lesson.href, dropSaves);
    await checkGroup(page).getByRole("radio", { name: check.right }).check();
    await checkGroup(page).getByRole("button", { name: "Check answer" }).click();
    await expect
      .poll(() => db.checkChoice.findMany({ where: { userId: learner.id }, select: { tried: true, finish: true } }))
      .toEqual([{ tried: "0", finish: "found" }]);
    await expect(checkGroup(page).getByText(/couldn't be saved/)).toHaveCount(0);
  });

  test("a signed-out reader's choices stay on the page and are not stored", async ({ page, db }) => {
    const before = await db.checkChoice.count();
    const saves: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST" && request.headers()["next-action"]) saves.push(request.url());
    });
    await page.goto(lesson.href);
    await expect(page.getByRole("link", { name: "create an account" })).toBeVisible();

    await checkGroup(page).getByRole("radio", { name: check.wrong }).check();
    await checkGroup(page).getByRole("button", { name: "Check answer" }).click();
    await expect(checkGroup(page).getByRole("status")).toHaveText(/^Not this one\./);
    await scenarioGroup(page).getByRole("radio", { name: scenario.strong }).check();
    await expect(scenarioGroup(page).getByRole("status").first()).toContainText("A strong choice.");

    await page.reload();
    await expect(page.getByRole("link", { name: "create an account" })).toBeVisible();
    await expect(checkGroup(page).getByText("Not quite.")).toHaveCount(0);
    await expect(scenarioGroup(page).getByRole("radio", { name: scenario.strong })).not.toBeChecked();
    await expect(page.getByText(/earlier visit/)).toHaveCount(0);
    expect(saves).toEqual([]);
    expect(await db.checkChoice.count()).toBe(before);
  });
});
