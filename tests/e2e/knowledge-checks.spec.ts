// Knowledge checks and scenarios teach rather than give the answer away: a
// wrong try explains only itself and can be followed by another; every
// explanation opens once the answer is found or shown; a scenario says in
// words how good each choice is. Driven by labels and roles, by mouse and by
// keyboard, with axe on the states in between (light and dark).
import type { Page } from "@playwright/test";
import { loadCourse } from "../../lib/course/catalog";
import { expect, expectAccessible, test } from "./support/fixtures";
import { tabTo } from "./support/keyboard";

const course = loadCourse();
const hrefOf = (key: string) => course.lessons.find((l) => l.key === key)!.href;

// content/modules/02-check-yourself-first/02-whats-your-part.mdx
const whatsYourPart = {
  href: hrefOf("check-yourself-first/whats-your-part"),
  blame: "To show Jamal that most of the tension with Elena is really his fault.",
  blameWhy: "The question doesn't assume he is to blame.",
  stopComplaining: "To get Jamal to stop complaining about Elena and let it go.",
  stopComplainingWhy: "His concerns may be fair.",
  right: "To help Jamal find the part he can change himself.",
  rightWhy: "He can't control Elena, but he can change when he arrives",
  strongerCaseWhy: "Looking at your own side is not a way to collect evidence",
};

// content/modules/01-trust-is-fragile/03-harder-to-rebuild.mdx
const harderToRebuild = {
  href: hrefOf("trust-is-fragile/harder-to-rebuild"),
  right: "A coworker hid a budget error on purpose and let you take the blame.",
};

// content/modules/01-trust-is-fragile/02-how-trust-breaks.mdx
const howTrustBreaks = {
  href: hrefOf("trust-is-fragile/how-trust-breaks"),
  checkRight: "They've started copying their manager on messages they used to send only to you.",
  blame:
    "Decide Rosa is being unprofessional about a normal schedule change, and plan to raise her attitude at her next review.",
  wait: "Give it a few days so things can cool down before you say anything.",
  talk: "Find Rosa before her shift. Say you should have asked her first, and ask how the change affected her.",
};

async function expectAccessibleInBothSchemes(page: Page): Promise<void> {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await expectAccessible(page);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

test.describe("knowledge checks", () => {
  test("a wrong answer explains only itself, stays marked, and the learner can try again", async ({ page }) => {
    await page.goto(whatsYourPart.href);
    const check = page.getByRole("group", { name: "Check your understanding" });
    const status = check.getByRole("status");
    const checkButton = check.getByRole("button", { name: "Check answer" });

    // Nothing explained before a try.
    await expect(check.getByText(whatsYourPart.blameWhy)).toHaveCount(0);

    // A first wrong try: marked in words, its own explanation only.
    await check.getByRole("radio", { name: whatsYourPart.blame }).check();
    await checkButton.click();
    await expect(status).toHaveText("Not this one. Read why under your choice, then try another.");
    await expect(check.getByText(whatsYourPart.blameWhy)).toBeVisible();
    await expect(check.getByRole("radio", { name: whatsYourPart.blame })).toHaveAccessibleDescription(/^Not quite\./);
    await expect(check.getByText("Not quite.")).toHaveCount(1);
    await expect(check.getByText("Best answer.")).toHaveCount(0);
    for (const hidden of [whatsYourPart.rightWhy, whatsYourPart.stopComplainingWhy, whatsYourPart.strongerCaseWhy]) {
      await expect(check.getByText(hidden)).toHaveCount(0);
    }
    await expect(checkButton).toBeFocused();
    await expectAccessibleInBothSchemes(page);

    // Checking the same answer again says so and explains nothing new.
    await checkButton.click();
    await expect(status).toHaveText("You've tried that one already. Choose a different answer.");
    await expect(check.getByText("Not quite.")).toHaveCount(1);

    // A second wrong try: the first stays marked, the second is explained too.
    await check.getByRole("radio", { name: whatsYourPart.stopComplaining }).check();
    await checkButton.click();
    await expect(status).toHaveText("Not this one either. Read why under it, then try again.");
    await expect(check.getByText(whatsYourPart.stopComplainingWhy)).toBeVisible();
    await expect(check.getByText(whatsYourPart.blameWhy)).toBeVisible();
    await expect(check.getByText("Not quite.")).toHaveCount(2);
    await expect(check.getByText(whatsYourPart.rightWhy)).toHaveCount(0);

    // The right answer: every option explained, the right one marked in words.
    await check.getByRole("radio", { name: whatsYourPart.right }).check();
    await checkButton.click();
    await expect(status).toHaveText("Yes, you found it! Every option now shows why.");
    await expect(check.getByText("Best answer.")).toHaveCount(1);
    await expect(check.getByText("Not quite.")).toHaveCount(3);
    for (const why of [whatsYourPart.rightWhy, whatsYourPart.strongerCaseWhy]) {
      await expect(check.getByText(why)).toBeVisible();
    }
    await expect(check.getByRole("radio", { name: whatsYourPart.right })).toHaveAccessibleDescription(/^Best answer\./);
    // The buttons are done with; focus lands on the right answer, not the page.
    await expect(check.getByRole("button")).toHaveCount(0);
    await expect(check.getByRole("radio", { name: whatsYourPart.right })).toBeFocused();
    await expectAccessibleInBothSchemes(page);
  });

  test("a right first answer opens every explanation", async ({ page }) => {
    await page.goto(whatsYourPart.href);
    const check = page.getByRole("group", { name: "Check your understanding" });
    await check.getByRole("radio", { name: whatsYourPart.right }).check();
    await check.getByRole("button", { name: "Check answer" }).click();
    await expect(check.getByRole("status")).toHaveText("Yes, that's right! Every option now shows why.");
    await expect(check.getByText("Best answer.")).toHaveCount(1);
    await expect(check.getByText("Not quite.")).toHaveCount(3);
  });

  test("by keyboard: a wrong try, then Show the answer reveals the right one and every explanation", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(harderToRebuild.href);
    const check = page.getByRole("group", { name: "Check your understanding" });
    const status = check.getByRole("status");
    const radios = check.getByRole("radio");

    // The options are one stop for Tab; checking with nothing chosen asks for a choice.
    await tabTo(page, radios.first());
    await page.keyboard.press("Tab");
    await expect(check.getByRole("button", { name: "Check answer" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(status).toHaveText("Choose an answer first, then check it.");

    // Back to the options (the browser picks which one has focus), choose it, check it.
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Space");
    const chosen = check.locator("input[type=radio]:checked");
    await expect(chosen).toHaveCount(1);
    await expect(chosen).not.toHaveAccessibleName(harderToRebuild.right);
    await page.keyboard.press("Tab");
    await expect(check.getByRole("button", { name: "Check answer" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(status).toHaveText(/^Not this one\./);
    await expect(check.getByText("Not quite.")).toHaveCount(1);
    await expect(check.getByText("Best answer.")).toHaveCount(0);

    await tabTo(page, check.getByRole("button", { name: "Show the answer" }));
    await page.keyboard.press("Enter");
    await expect(status).toHaveText("Here's the answer. Every option now shows why.");
    await expect(check.getByText("Best answer.")).toHaveCount(1);
    await expect(check.getByText("Not quite.")).toHaveCount((await radios.count()) - 1);
    await expect(check.getByRole("radio", { name: harderToRebuild.right })).toBeFocused();
    await expect(check.getByRole("radio", { name: harderToRebuild.right })).toHaveAccessibleDescription(
      /^Best answer\./,
    );
    // The learner's own choice is kept, still marked as not right.
    await expect(chosen).toHaveCount(1);
    await expect(chosen).toHaveAccessibleDescription(/^Not quite\./);

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessibleInBothSchemes(page);
  });

  test("on paper, the buttons and the status line are left out", async ({ page }) => {
    await page.goto(whatsYourPart.href);
    const check = page.getByRole("group", { name: "Check your understanding" });
    await check.getByRole("radio", { name: whatsYourPart.blame }).check();
    await check.getByRole("button", { name: "Check answer" }).click();
    await page.emulateMedia({ media: "print" });
    await expect(check.getByRole("button", { name: "Check answer" })).toBeHidden();
    await expect(check.getByRole("button", { name: "Show the answer" })).toBeHidden();
    await expect(check.getByText(whatsYourPart.blame)).toBeVisible();
    await expect(check.getByText(whatsYourPart.blameWhy)).toBeVisible();
    await page.emulateMedia({ media: "screen" });
  });
});

// A lesson's HTML can be used before its scripts arrive (slow phones do this
// all the time). A choice made then must count once they have arrived, not
// sit ticked with nothing under it and no way to choose it again.
test("choices ticked before the page's scripts arrive count once they have", async ({ page }) => {
  let release = () => {};
  const arrived = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/.+\.js$/, async (route) => {
    await arrived;
    await route.continue();
  });
  try {
    await page.goto(howTrustBreaks.href, { waitUntil: "domcontentloaded" });
    const scenario = page.getByRole("group", { name: "Scenario" });
    const check = page.getByRole("group", { name: "Check your understanding" });
    await scenario.getByRole("radio", { name: howTrustBreaks.talk }).check();
    await check.getByRole("radio", { name: howTrustBreaks.checkRight }).check();
    await expect(scenario.getByRole("status")).toContainText("Choose an option");
  } finally {
    release();
  }
  const scenario = page.getByRole("group", { name: "Scenario" });
  await expect(scenario.getByRole("status")).toContainText("A strong choice.");
  await expect(scenario.getByRole("radio", { name: howTrustBreaks.talk })).toBeChecked();
  const check = page.getByRole("group", { name: "Check your understanding" });
  await check.getByRole("button", { name: "Check answer" }).click();
  await expect(check.getByRole("status")).toContainText("Yes, that's right!");
  await expect(check.getByRole("radio", { name: howTrustBreaks.checkRight })).toBeChecked();
});

test.describe("scenarios", () => {
  test("each outcome says in words how good the choice was", async ({ page }) => {
    await page.goto(howTrustBreaks.href);
    const scenario = page.getByRole("group", { name: "Scenario" });
    const status = scenario.getByRole("status");

    await scenario.getByRole("radio", { name: howTrustBreaks.blame }).check();
    await expect(status).toContainText("Likely to make it worse.");
    await expect(status).toContainText("What likely happens:");
    await expect(status).toContainText("Why:");

    await scenario.getByRole("radio", { name: howTrustBreaks.wait }).check();
    await expect(status).toContainText("Doesn't fix it.");
    await expect(status).not.toContainText("Likely to make it worse.");

    await scenario.getByRole("radio", { name: howTrustBreaks.talk }).check();
    await expect(status).toContainText("A strong choice.");
    await expect(scenario.getByRole("radio", { name: howTrustBreaks.talk })).toBeFocused();
    await expectAccessibleInBothSchemes(page);
  });

  test("by keyboard, arrow keys move between choices and the outcome follows", async ({ page }) => {
    await page.goto(howTrustBreaks.href);
    const scenario = page.getByRole("group", { name: "Scenario" });
    const radios = scenario.getByRole("radio");
    await tabTo(page, radios.first());
    await page.keyboard.press("Space");
    await expect(scenario.getByRole("status")).toContainText("Likely to make it worse.");
    await page.keyboard.press("ArrowDown");
    await expect(radios.nth(1)).toBeChecked();
    await expect(scenario.getByRole("status")).toContainText("Doesn't fix it.");
  });

  test("on paper, every choice is listed with its rating and outcome", async ({ page }) => {
    await page.goto(howTrustBreaks.href);
    const scenario = page.getByRole("group", { name: "Scenario" });
    await page.emulateMedia({ media: "print" });
    await expect(scenario.getByRole("radio")).toHaveCount(0);
    const list = scenario.getByRole("listitem");
    await expect(list).toHaveCount(3);
    await expect(list.nth(0)).toContainText("Likely to make it worse.");
    await expect(list.nth(1)).toContainText("Doesn't fix it.");
    await expect(list.nth(2)).toContainText("A strong choice.");
    await page.emulateMedia({ media: "screen" });
  });
});
