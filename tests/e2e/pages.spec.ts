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

  test(
    "the favicon, the app icons, the manifest and the link previews are served, and pages point to them",
    {
      tag: "@rendering",
    },
    async ({ page, request }) => {
      const image = async (url: string, type: string, width?: number) => {
        const response = await request.get(url);
        expect(response.status(), url).toBe(200);
        expect(response.headers()["content-type"], url).toContain(type);
        const body = await response.body();
        if (type === "image/png") {
          expect(body.subarray(1, 4).toString("latin1"), `${url} is a PNG`).toBe("PNG");
          if (width) expect(body.readUInt32BE(16), `${url} is ${width} px wide`).toBe(width);
        }
        return body;
      };
      const ico = await image("/favicon.ico", "image/x-icon");
      expect(ico.readUInt16LE(2), "an icon file").toBe(1);
      expect(ico.readUInt16LE(4), "three sizes").toBe(3);
      expect((await image("/icon.svg", "image/svg+xml")).toString("utf8")).toContain("<svg");
      await image("/apple-icon", "image/png", 180);

      const manifest = await request.get("/manifest.webmanifest");
      expect(manifest.status()).toBe(200);
      const parsed = (await manifest.json()) as {
        short_name: string;
        start_url: string;
        icons: { src: string; sizes: string }[];
      };
      expect(parsed).toMatchObject({ short_name: "It Takes Two", start_url: "/", display: "standalone" });
      for (const icon of parsed.icons) {
        const size = /^(\d+)x\d+$/.exec(icon.sizes)?.[1];
        await image(icon.src, size ? "image/png" : "image/svg+xml", size ? Number(size) : undefined);
      }
      expect(parsed.icons.map((icon) => icon.sizes)).toEqual(["any", "192x192", "512x512"]);

      await page.goto("/");
      await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
      await expect(page.locator('link[rel="icon"][type="image/svg+xml"]')).toHaveCount(1);
      await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2);
      const homeCard = await page.locator('meta[property="og:image"]').getAttribute("content");
      await image(new URL(homeCard!).pathname, "image/png", 1200);

      await page.goto("/learn/trust-is-fragile");
      const moduleCard = await page.locator('meta[property="og:image"]').first().getAttribute("content");
      expect(moduleCard).toContain("/learn/trust-is-fragile/opengraph-image");
      await image(new URL(moduleCard!).pathname, "image/png", 1200);
    },
  );
});
