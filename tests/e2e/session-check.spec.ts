// The header's account area when the session check can't get an answer
// (a database outage answers /api/session with a 503): never "Sign in" for
// someone who may be signed in; "Sign in" again once the server really says
// nobody is.
import type { Page, Route } from "@playwright/test";
import { expect, test } from "./support/fixtures";

let outages = 0;
const outage = (route: Route) => {
  outages += 1;
  return route.fulfill({
    status: 503,
    contentType: "application/json",
    headers: { "Cache-Control": "no-store" },
    body: JSON.stringify({ error: "Can't check who is signed in right now." }),
  });
};

const header = (page: Page) => page.getByRole("navigation", { name: "Main" });

test.describe("the header when the session check fails", () => {
  test("shows a neutral Account link or the last known state, asks again, and says Sign in only when signed out", async ({
    page,
    context,
    signedInAs,
  }) => {
    const learner = await signedInAs("learner", { name: "Hana Header-Check" });
    const accountLink = header(page).getByRole("link", { name: `Your account (${learner.name})` });

    // Nothing known yet on this page view: a neutral link, no "Sign in".
    await page.route("**/api/session", outage);
    await page.goto("/learn");
    await expect(header(page).getByRole("link", { name: "Account", exact: true })).toBeVisible();
    await expect(header(page).getByRole("link", { name: "Sign in" })).toHaveCount(0);
    await expect(header(page).getByRole("link", { name: "Create account" })).toHaveCount(0);

    // The database is back: coming back online asks again, and the header catches up.
    await page.unroute("**/api/session");
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    await expect(accountLink).toBeVisible();
    await expect(header(page).getByRole("link", { name: "Account", exact: true })).toHaveCount(0);

    // Down again while moving around: the last known state stays.
    await page.route("**/api/session", outage);
    const before = outages;
    await header(page).getByRole("link", { name: "About" }).click();
    await expect(page).toHaveURL(/\/about$/);
    await expect.poll(() => outages).toBeGreaterThan(before);
    await expect(accountLink).toBeVisible();
    await expect(header(page).getByRole("link", { name: "Sign in" })).toHaveCount(0);

    // A real answer that nobody is signed in does show "Sign in".
    await page.unroute("**/api/session");
    await context.clearCookies();
    await page.goto("/learn");
    await expect(header(page).getByRole("link", { name: "Sign in" })).toBeVisible();
    await expect(accountLink).toHaveCount(0);
  });
});

test.describe("the reflection editor when the session check fails", () => {
  test("keeps the answer on the device without asking a signed-in learner to sign in, and saves it once the check answers", async ({
    page,
    db,
    signedInAs,
  }) => {
    const learner = await signedInAs("learner");
    await page.route("**/api/session", outage);
    await page.goto("/learn/check-yourself-first/whats-your-part");
    const editor = page.getByRole("textbox").first();
    await editor.fill("Written while the server could not say who I am.");
    const main = page.getByRole("main");
    await expect(main.getByText(/Can.t reach the server right now/).first()).toBeVisible();
    await expect(main.getByRole("link", { name: "Sign in" })).toHaveCount(0);
    expect(await db.reflection.count({ where: { userId: learner.id } })).toBe(0);

    // The server answers again: the next check knows the learner, and the answer is saved to their account.
    await page.unroute("**/api/session");
    await page.evaluate(() => window.dispatchEvent(new Event("online")));
    await expect(main.getByText(/Saved at/).first()).toBeVisible();
    await expect
      .poll(async () => (await db.reflection.findFirst({ where: { userId: learner.id } }))?.body)
      .toBe("Written while the server could not say who I am.");
  });
});
