import { expect, expectAccessible, test } from "./support/fixtures";

test.describe("pages", () => {
  test("the home page says what the course is and who it is for", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveTitle("It Takes Two — repairing trust at work");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "Create a free account" })).toBeVisible();
  });

  test("an unknown address gets a friendly 404", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();
  });

  // One test per page, so they spread over the workers; @rendering: run once, on SQLite.
  for (const path of ["/", "/sign-in", "/sign-up", "/forgot-password", "/goodbye", "/no-such-page"]) {
    test(`the public page ${path} passes axe in light and dark mode`, { tag: "@rendering" }, async ({ page }) => {
      for (const scheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        await expectAccessible(page);
      }
    });
  }

  test("health answers 200 with the database reachable", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    // Up or down, and nothing about how the site is built: anyone can ask.
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });

  test("responses carry the security headers", async ({ request }) => {
    const response = await request.get("/");
    const headers = response.headers();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  });
});
