// WCAG 1.4.4 and 1.4.10: the pages still work when a person zooms to 200%.
// A 1280 × 800 window at 200% zoom lays pages out in 640 × 400 CSS pixels;
// text-only zoom (a larger default font) doubles every rem instead. In both,
// nothing may need sideways scrolling, and the heading, the navigation and
// the reflection editor must stay usable. Tagged @rendering: layout doesn't
// depend on the database, so the PostgreSQL run skips these.
import type { Page } from "@playwright/test";
import { getPrompts } from "../../lib/course/prompts";
import { seedCohort } from "./support/cohorts";
import { expect, test } from "./support/fixtures";

// A lesson with a reflection prompt.
const lesson = { href: `/learn/${getPrompts().get("whats-your-part")!.lesson.key}` };

async function expectNoSidewaysScrolling(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `sideways scrolling on ${page.url()}`).toBeLessThanOrEqual(0);
}

async function expectReadable(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoSidewaysScrolling(page);
  // Every link in the main navigation is on screen (wrapped, not cut off).
  // Where the header is too narrow for them, they are behind its "Menu" button: open it first.
  const nav = page.getByRole("navigation", { name: "Main" });
  const menu = nav.getByRole("button", { name: "Menu" });
  if (await menu.isVisible()) {
    // Wait for the account links (the menu holds them), so none is missed.
    await expect(nav.getByRole("link", { name: "Journal", includeHidden: true })).toBeAttached();
    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
  }
  expect(await nav.getByRole("link").count()).toBeGreaterThan(2);
  for (const link of await nav.getByRole("link").all()) {
    await link.scrollIntoViewIfNeeded();
    await expect(link).toBeInViewport();
  }
}

async function learnerPages(page: Page): Promise<void> {
  for (const path of ["/", "/learn", lesson.href, "/dashboard", "/journal", "/account"]) {
    await expectReadable(page, path);
  }
  // The editor can still be reached and used.
  await page.goto(lesson.href);
  const editor = page.getByRole("textbox").first();
  await editor.scrollIntoViewIfNeeded();
  await editor.fill("Zoomed in, I can still write my answer.");
  await expect(page.getByText(/Saved at/).first()).toBeVisible();
  await expectNoSidewaysScrolling(page);
}

test.describe("at 200% browser zoom (640 × 400 CSS pixels)", { tag: "@rendering" }, () => {
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

  test("a learner's pages reflow and the editor still works", async ({ page, signedInAs }) => {
    await signedInAs("learner");
    await learnerPages(page);
  });

  test("a facilitator's pages reflow", async ({ page, signedInAs, db, newUser }) => {
    const facilitator = await signedInAs("facilitator");
    const cohort = await seedCohort(db, facilitator, { name: "Zoom cohort", learners: [{ user: await newUser() }] });
    for (const path of [
      "/facilitator",
      `/facilitator/cohorts/${cohort.id}`,
      `/facilitator/cohorts/${cohort.id}/reflections`,
    ]) {
      await expectReadable(page, path);
    }
  });
});

test.describe("with text alone zoomed to 200%", { tag: "@rendering" }, () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("a learner's pages keep their text in view", async ({ page, signedInAs }) => {
    await signedInAs("learner");
    // What a browser's "text size" setting does: a larger root font, which every rem follows.
    await page.addInitScript(() => {
      document.addEventListener("DOMContentLoaded", () => {
        document.documentElement.style.fontSize = "200%";
      });
    });
    await learnerPages(page);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe("32px");
  });
});
