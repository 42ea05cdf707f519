// PRODUCT.md journey 1 on the data the Quick start makes: `npm run setup`
// seeds the demo accounts and the demo cohort (here into this worker's own
// database, with the same functions), and a newcomer signs in with the
// printed email and password, through the form.
import type { Page } from "@playwright/test";
import { DEMO_ACCOUNTS, seedDemoAccounts } from "../../scripts/seed/demo-accounts";
import { DEMO_COHORT_NAME, seedDemoCohort } from "../../scripts/seed/demo-cohort";
import { expect, test } from "./support/fixtures";

const LESSON = "/learn/check-yourself-first/whats-your-part";

function demo(role: "facilitator" | "learner") {
  return DEMO_ACCOUNTS.find((a) => a.role === role)!;
}

async function signInThroughTheForm(page: Page, role: "facilitator" | "learner") {
  const { email, password, name } = demo(role);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("link", { name: `Your account (${name})` })).toBeVisible();
}

test("journey 1 on the demo data: the printed learner answers, closes the tab, and finds the answer again", async ({
  browser,
  app,
  db,
}) => {
  test.setTimeout(120_000);
  await seedDemoAccounts(db);
  await seedDemoCohort(db);
  const context = await browser.newContext({ baseURL: app.url });
  const facilitatorContext = await browser.newContext({ baseURL: app.url });
  try {
    const page = await context.newPage();
    await signInThroughTheForm(page, "learner");

    // The demo cohort's two modules are on the dashboard.
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { name: `Hello, ${demo("learner").name}` })).toBeVisible();
    const assigned = page.locator("section[aria-labelledby=assigned]").getByRole("listitem");
    await expect(assigned).toHaveCount(2);
    await expect(assigned.first()).toContainText(DEMO_COHORT_NAME);

    // Read the lesson, answer, close the tab.
    await page.goto(LESSON);
    const editor = page.locator('[data-reflection-editor="whats-your-part"]');
    await expect(editor.getByText("Only you can see this.")).toBeVisible();
    const answer = "I answered the complaint in the team channel instead of talking to Ana first.";
    await editor.getByRole("textbox").fill(answer);
    await expect(editor.getByRole("status")).toContainText("Saved at");
    await page.close();

    // Come back: the answer is in the lesson and in the journal, with its date.
    const again = await context.newPage();
    await again.goto(LESSON);
    await expect(again.locator('[data-reflection-editor="whats-your-part"]').getByRole("textbox")).toHaveValue(answer);
    await again.goto("/journal");
    const main = again.getByRole("main");
    await expect(main).toContainText(answer);
    await expect(main.locator("time").first()).toBeVisible();

    // The demo facilitator sees both learners and Mei's shared answer, never Leo's private one.
    const f = await facilitatorContext.newPage();
    await signInThroughTheForm(f, "facilitator");
    await f.goto("/facilitator");
    await f.getByRole("link", { name: DEMO_COHORT_NAME }).click();
    await expect(f.getByRole("heading", { level: 1, name: DEMO_COHORT_NAME })).toBeVisible();
    await expect(f.getByRole("main")).toContainText(demo("learner").name);
    await f.getByRole("link", { name: "Shared reflections" }).click();
    await expect(f.getByRole("main").getByRole("article")).toHaveCount(1);
    await expect(f.getByRole("main").getByRole("article")).toContainText("Mei Chen");
    await expect(f.getByRole("main")).not.toContainText(answer);
  } finally {
    await context.close();
    await facilitatorContext.close();
  }
});
